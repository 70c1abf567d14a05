using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Text;
using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Suite.Platform.Identity;

namespace Suite.Channels.Notifications;

/// <summary>One post a user should hear about by email.</summary>
internal sealed record EmailItem(string ChannelId, string SenderName, string ChannelLabel, bool IsDirect, string Message, long CreateAt, string Link);

/// <summary>
/// Sends notification emails through the configured SMTP server with the framework's
/// <see cref="SmtpClient"/>. Without batching each item is one email. With batching (as Mattermost's), items
/// wait per user; every <see cref="NotificationSettings.EmailBatchingInterval"/> the batches are checked, and a
/// user's batch is sent as one email once its first item has waited the user's <c>email_interval</c>
/// preference (category <c>notifications</c>; 900 seconds when unset; <c>30</c> means "immediately", unbatched),
/// leaving out the posts of channels the user has read since (their <c>last_viewed_at</c> reached the post).
/// A failing server is logged; posting never notices.
/// </summary>
internal sealed partial class EmailNotifier(
    NotificationSettings settings, IUserPreferences preferences, NpgsqlDataSource db, TimeProvider time, ILogger<EmailNotifier> logger) : BackgroundService
{
    public const string PreferenceCategory = "notifications";
    public const string IntervalPreference = "email_interval";

    /// <summary>Mattermost's <c>PreferenceEmailIntervalNoBatchingSeconds</c>: the user wants each email at once.</summary>
    public const string Immediately = "30";

    /// <summary>Mattermost's <c>PreferenceEmailIntervalBatchingSeconds</c>: the wait of a user who has not chosen one.</summary>
    public const int DefaultIntervalSeconds = 900;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Batch> _batches = new(StringComparer.Ordinal);

    /// <summary>Emails the post to each recipient, at once or into their batch, with one read of their preferences.</summary>
    public async Task NotifyAsync(IReadOnlyList<(string UserId, string Address)> recipients, EmailItem item, CancellationToken cancellationToken)
    {
        if (recipients.Count == 0)
        {
            return;
        }

        var intervals = settings.EnableEmailBatching
            ? await IntervalPreferencesAsync(recipients.Select(r => r.UserId).ToList(), cancellationToken)
            : null;
        foreach (var (userId, address) in recipients)
        {
            if (intervals is null || intervals.GetValueOrDefault(userId) == Immediately)
            {
                await SendAsync(address, Subject(item), Describe(item), cancellationToken);
                continue;
            }

            lock (_gate)
            {
                if (!_batches.TryGetValue(userId, out var batch))
                {
                    _batches[userId] = batch = new Batch(address, time.GetUtcNow());
                }

                batch.Items.Add(item);
            }
        }
    }

    /// <summary>Sends the batches that have waited their user's interval, or every batch when <paramref name="all"/>.</summary>
    public async Task FlushAsync(bool all, CancellationToken cancellationToken)
    {
        List<string> waiting;
        lock (_gate)
        {
            waiting = [.. _batches.Keys];
        }

        var intervals = all ? null : await IntervalPreferencesAsync(waiting, cancellationToken);
        var now = time.GetUtcNow();
        var due = new Dictionary<string, Batch>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var (userId, batch) in _batches)
            {
                if (intervals is null || now - batch.Since >= IntervalOf(intervals.GetValueOrDefault(userId)))
                {
                    due[userId] = batch;
                }
            }

            foreach (var userId in due.Keys)
            {
                _batches.Remove(userId);
            }
        }

        if (due.Count == 0)
        {
            return;
        }

        var viewed = await LastViewedAsync(due, cancellationToken);
        foreach (var (userId, batch) in due)
        {
            var items = batch.Items.Where(i => viewed.GetValueOrDefault((userId, i.ChannelId), -1) < i.CreateAt).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            var subject = items.Count == 1 ? Subject(items[0]) : $"[{settings.SiteName}] You have {items.Count} new notifications";
            await SendAsync(batch.Address, subject, string.Join("\n\n", items.Select(Describe)), cancellationToken);
        }
    }

    private static TimeSpan IntervalOf(string? preference) =>
        TimeSpan.FromSeconds(int.TryParse(preference, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : DefaultIntervalSeconds);

    /// <summary>The users' <c>email_interval</c> preferences; none (every user on the default) when they cannot be read.</summary>
    private async Task<IReadOnlyDictionary<string, string>> IntervalPreferencesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        try
        {
            return await preferences.GetValuesAsync(userIds, PreferenceCategory, IntervalPreference, cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            PreferencesUnknown(logger, ex);
            return new Dictionary<string, string>();
        }
    }

    /// <summary>When each user with waiting items last read each channel those items are from.</summary>
    private async Task<Dictionary<(string UserId, string ChannelId), long>> LastViewedAsync(
        Dictionary<string, Batch> due, CancellationToken cancellationToken)
    {
        var pairs = due.SelectMany(b => b.Value.Items.Select(i => (UserId: b.Key, i.ChannelId))).Distinct().ToList();
        if (pairs.Count == 0)
        {
            return [];
        }

        try
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = await connection.QueryAsync<(string UserId, string ChannelId, long LastViewedAt)>(new CommandDefinition(
                """
                SELECT m.user_id, m.channel_id, m.last_viewed_at
                FROM channels.channel_members m
                JOIN unnest(@userIds, @channelIds) AS p(user_id, channel_id) ON p.user_id = m.user_id AND p.channel_id = m.channel_id
                """,
                new { userIds = pairs.Select(p => p.UserId).ToArray(), channelIds = pairs.Select(p => p.ChannelId).ToArray() },
                cancellationToken: cancellationToken));
            return rows.ToDictionary(r => (r.UserId, r.ChannelId), r => r.LastViewedAt);
        }
        catch (NpgsqlException ex)
        {
            // Better an email about something already read than none about something unread.
            ViewsUnknown(logger, ex);
            return [];
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(all: true, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.EnableEmailBatching)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.EmailBatchingInterval), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(all: false, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private string Subject(EmailItem item) => item.IsDirect
        ? $"[{settings.SiteName}] New direct message from {item.SenderName}"
        : $"[{settings.SiteName}] {item.SenderName} mentioned you in {item.ChannelLabel}";

    private static string Describe(EmailItem item)
    {
        var text = new StringBuilder()
            .Append(item.SenderName).Append(" in ").Append(item.ChannelLabel).Append(" at ")
            .Append(DateTimeOffset.FromUnixTimeMilliseconds(item.CreateAt).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))
            .Append(":\n").Append(item.Message);
        if (item.Link.Length > 0)
        {
            text.Append('\n').Append(item.Link);
        }

        return text.ToString();
    }

    private async Task SendAsync(string address, string subject, string body, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new SmtpClient(settings.SMTPServer, settings.SMTPPort)
            {
                // SmtpClient's EnableSsl is STARTTLS; implicit TLS ("TLS") is refused by NotificationSettings.
                EnableSsl = settings.ConnectionSecurity == NotificationSettings.StartTls,
                Timeout = 30_000,
            };
            if (settings.SMTPUsername.Length > 0)
            {
                client.Credentials = new NetworkCredential(settings.SMTPUsername, settings.SMTPPassword);
            }

            using var message = new MailMessage(new MailAddress(settings.FeedbackEmail, settings.FeedbackName), new MailAddress(address))
            {
                Subject = subject,
                Body = body,
                SubjectEncoding = Encoding.UTF8,
                BodyEncoding = Encoding.UTF8,
            };
            await client.SendMailAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is SmtpException or IOException or FormatException or InvalidOperationException)
        {
            SendFailed(logger, ex, settings.SMTPServer);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read users' email_interval preferences; using the default")]
    private static partial void PreferencesUnknown(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read which channels users have viewed; batched emails list everything")]
    private static partial void ViewsUnknown(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send a notification email through {Server}")]
    private static partial void SendFailed(ILogger logger, Exception exception, string server);

    /// <summary>A user's waiting items and when the first of them was queued.</summary>
    private sealed record Batch(string Address, DateTimeOffset Since)
    {
        public List<EmailItem> Items { get; } = [];
    }
}
