namespace Suite.Channels.Integrations;

/// <summary>
/// Mattermost's integration settings (section <c>Suite:Integrations</c>), with Mattermost's
/// defaults: webhooks and commands on, username and icon overrides off.
/// </summary>
internal sealed class IntegrationsOptions
{
    public bool EnableIncomingWebhooks { get; set; } = true;

    public bool EnableOutgoingWebhooks { get; set; } = true;

    public bool EnableCommands { get; set; } = true;

    /// <summary>Mattermost's <c>EnablePostUsernameOverride</c>.</summary>
    public bool EnablePostUsernameOverride { get; set; }

    /// <summary>Mattermost's <c>EnablePostIconOverride</c>.</summary>
    public bool EnablePostIconOverride { get; set; }

    /// <summary>Posts one incoming webhook may make per minute; more are answered 429.</summary>
    public int IncomingWebhookPostsPerMinute { get; set; } = 60;

    /// <summary>The address integrations use to reach Suite (<c>response_url</c>); default: the address of the request.</summary>
    public string SiteUrl { get; set; } = "";

    /// <summary>Mattermost's <c>HelpLink</c>, where <c>/help</c> sends the client; empty: <c>/help</c> lists the commands.</summary>
    public string HelpLink { get; set; } = "";

    /// <summary>Deliveries of one outgoing webhook event before it is given up.</summary>
    public int OutgoingWebhookAttempts { get; set; } = 4;

    /// <summary>Delay before the first redelivery of a failed outgoing webhook; doubles for each further attempt.</summary>
    public TimeSpan OutgoingWebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the delivery worker looks for deliveries stored by other processes or fallen due.</summary>
    public TimeSpan OutgoingWebhookPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a claimed delivery stays hidden from other processes; longer than one delivery can run
    /// (every retry of the outbound pipeline), so only a process that died mid-delivery lets it expire.
    /// </summary>
    public TimeSpan OutgoingWebhookDeliveryLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Delayed replies one <c>response_url</c> accepts, as Mattermost's five.</summary>
    public int ResponseUrlUses { get; set; } = 5;

    /// <summary>How long a <c>response_url</c> stays valid.</summary>
    public TimeSpan ResponseUrlLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
