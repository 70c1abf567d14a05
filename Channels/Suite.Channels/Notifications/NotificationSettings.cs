using Microsoft.Extensions.Configuration;

namespace Suite.Channels.Notifications;

/// <summary>
/// Mattermost's <c>EmailSettings</c> (which also hold the push settings), section <c>Suite:Email</c>.
/// Email goes out when <see cref="SendEmailNotifications"/> is on and an SMTP server is set; push when
/// <see cref="SendPushNotifications"/> is on and a push proxy is set.
/// </summary>
internal sealed class NotificationSettings
{
    /// <summary>Mattermost's <c>ConnectionSecurity</c> for STARTTLS: a plain connection upgraded to TLS.</summary>
    public const string StartTls = "STARTTLS";

    /// <summary>Mattermost's <c>ConnectionSecurity</c> for implicit TLS (TLS from the first byte, usually port 465).</summary>
    public const string ImplicitTls = "TLS";

    public bool SendEmailNotifications { get; set; } = true;

    public string SMTPServer { get; set; } = "";

    public int SMTPPort { get; set; } = 25;

    public string SMTPUsername { get; set; } = "";

    public string SMTPPassword { get; set; } = "";

    /// <summary>
    /// Empty for plain SMTP or <c>STARTTLS</c>. Mattermost's <c>TLS</c> (implicit TLS) is refused at start-up:
    /// the framework's <see cref="System.Net.Mail.SmtpClient"/> can only upgrade a plain connection.
    /// </summary>
    public string ConnectionSecurity { get; set; } = "";

    /// <summary>The sender address of notification emails.</summary>
    public string FeedbackEmail { get; set; } = "";

    public string FeedbackName { get; set; } = "Suite";

    /// <summary>One email per user per <see cref="EmailBatchingInterval"/>, summarising the notifications.</summary>
    public bool EnableEmailBatching { get; set; }

    /// <summary>Seconds between batched emails (Mattermost's default: 30).</summary>
    public int EmailBatchingInterval { get; set; } = 30;

    public bool SendPushNotifications { get; set; } = true;

    /// <summary>The push proxy's base address; <c>/api/v1/send_push</c> is appended.</summary>
    public string PushNotificationServer { get; set; } = "";

    /// <summary>The name in subjects and the address of links; empty for no links.</summary>
    public string SiteName { get; set; } = "Suite";

    public string SiteURL { get; set; } = "";

    public bool EmailEnabled => SendEmailNotifications && SMTPServer.Length > 0;

    public bool PushEnabled => SendPushNotifications && PushNotificationServer.Length > 0;

    public static NotificationSettings From(IConfiguration configuration)
    {
        var settings = new NotificationSettings();
        configuration.GetSection("Suite:Email").Bind(settings);
        if (settings.EmailEnabled && (settings.SMTPPort is < 1 or > 65535 || settings.FeedbackEmail.Length == 0))
        {
            throw new InvalidOperationException("Suite:Email: SMTPPort must be 1 to 65535 and FeedbackEmail must be set when SMTPServer is.");
        }

        if (settings.ConnectionSecurity == ImplicitTls)
        {
            throw new InvalidOperationException(
                "Suite:Email:ConnectionSecurity \"TLS\" (implicit TLS, usually port 465) is not supported: the framework's SmtpClient " +
                "only does STARTTLS. Use \"STARTTLS\" (usually port 587) or \"\" for a plain connection.");
        }

        if (settings.ConnectionSecurity is not ("" or StartTls))
        {
            throw new InvalidOperationException(
                $"Suite:Email:ConnectionSecurity must be \"\" or \"STARTTLS\" (\"TLS\" is not supported), not \"{settings.ConnectionSecurity}\".");
        }

        if (settings.EmailBatchingInterval < 1)
        {
            throw new InvalidOperationException("Suite:Email:EmailBatchingInterval must be at least 1 second.");
        }

        if (settings.PushEnabled && !Uri.TryCreate(settings.PushNotificationServer, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException("Suite:Email:PushNotificationServer must be an absolute URL.");
        }

        return settings;
    }
}
