using Microsoft.Extensions.Configuration;

namespace Suite.Playbooks.Alerts;

/// <summary>Settings under <c>Suite:Playbooks:Alerts</c>.</summary>
internal sealed class AlertsOptions
{
    /// <summary>
    /// The public address alert source URLs are built on (for example <c>https://chat.example.com</c>);
    /// when empty, <c>Suite:Integrations:SiteUrl</c>, then the address the request arrived at.
    /// </summary>
    public string SiteUrl { get; set; } = "";

    /// <summary>False on a node that only accepts alerts and leaves them to the other nodes' workers.</summary>
    public bool ProcessInbox { get; set; } = true;

    /// <summary>How often the worker looks at the inbox when nothing wakes it (another node accepted an alert, a retry fell due).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claimed delivery is held before another worker may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The delay before the first retry of a delivery that failed for a passing reason; doubled each time.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts before a delivery that keeps failing is set aside as failed.</summary>
    public int MaxAttempts { get; set; } = 10;

    public static AlertsOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection("Suite:Playbooks:Alerts").Get<AlertsOptions>() ?? new AlertsOptions();
        if (options.SiteUrl.Length == 0)
        {
            options.SiteUrl = configuration["Suite:Integrations:SiteUrl"] ?? "";
        }

        if (options.PollInterval <= TimeSpan.Zero || options.Lease <= TimeSpan.Zero || options.RetryDelay <= TimeSpan.Zero || options.MaxAttempts < 1)
        {
            throw new InvalidOperationException("Suite:Playbooks:Alerts: PollInterval, Lease and RetryDelay must be positive and MaxAttempts at least 1.");
        }

        return options;
    }
}
