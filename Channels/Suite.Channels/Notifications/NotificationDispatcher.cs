using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Suite.Channels.Channels;
using Suite.Channels.Contracts;
using Suite.Platform.Identity;
using Suite.Platform.Presence;
using Suite.Platform.Teams;

namespace Suite.Channels.Notifications;

/// <summary>
/// Takes posts from the <see cref="NotificationQueue"/> and notifies the channel's members by email
/// and mobile push as their settings, their status and the channel's settings say: never the author,
/// never anyone in a channel they muted, never bots or deactivated users.
/// </summary>
internal sealed partial class NotificationDispatcher(
    NotificationQueue queue,
    ChannelStore channels,
    INotificationRecipients recipients,
    IPresence presence,
    ITeamDirectory teams,
    EmailNotifier email,
    PushNotifier push,
    NotificationSettings settings,
    NpgsqlDataSource db,
    ILogger<NotificationDispatcher> logger) : BackgroundService
{
    private const int MaxMembers = 100_000;

    /// <summary>Notifies for one post; public so tests and the queue share it.</summary>
    public async Task NotifyAsync(PostCreated created, CancellationToken cancellationToken)
    {
        var post = created.Post;
        var channel = await channels.FindAsync(post.ChannelId, cancellationToken);
        if (channel is null)
        {
            return;
        }

        var members = (await channels.MembersAsync(post.ChannelId, 0, MaxMembers, cancellationToken))
            .Where(m => m.UserId != post.UserId && !NotificationRules.IsMuted(m.NotifyProps))
            .ToDictionary(m => m.UserId, m => m.NotifyProps, StringComparer.Ordinal);
        if (members.Count == 0)
        {
            return;
        }

        var users = (await recipients.FindAsync([.. members.Keys, post.UserId], cancellationToken)).ToDictionary(u => u.Id, StringComparer.Ordinal);
        var statuses = (await presence.GetStatusesAsync(members.Keys, cancellationToken)).ToDictionary(s => s.UserId, s => s.Status, StringComparer.Ordinal);
        var mentioned = created.MentionedUserIds.ToHashSet(StringComparer.Ordinal);
        var senderName = SenderName(created, users.GetValueOrDefault(post.UserId));
        var isDirect = channel.Type == ChannelTypes.Direct;
        var channelLabel = isDirect ? "a direct message" : channel.DisplayName.Length > 0 ? channel.DisplayName : channel.Name;
        var link = await LinkAsync(created, cancellationToken);

        var emailRecipients = new List<(string UserId, string Address)>();
        foreach (var (userId, channelProps) in members)
        {
            if (!users.TryGetValue(userId, out var user) || user.IsBot || user.IsDeleted)
            {
                continue;
            }

            var status = statuses.GetValueOrDefault(userId, UserStatuses.Offline);
            var isMentioned = mentioned.Contains(userId);
            if (settings.EmailEnabled && user.Email.Length > 0 && NotificationRules.WantsEmail(user.NotifyProps, channelProps, isMentioned, status))
            {
                emailRecipients.Add((userId, user.Email));
            }

            if (settings.PushEnabled && user.DeviceIds.Count > 0 && NotificationRules.WantsPush(user.NotifyProps, channelProps, isMentioned, status))
            {
                await PushAsync(created, channel, user, senderName, cancellationToken);
            }
        }

        await email.NotifyAsync(emailRecipients, new EmailItem(post.ChannelId, senderName, channelLabel, isDirect, post.Message, post.CreateAt, link), cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var created in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await NotifyAsync(created, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    NotifyFailed(logger, ex, created.Post.Id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PushAsync(PostCreated created, Channel channel, NotificationRecipient user, string senderName, CancellationToken cancellationToken)
    {
        var post = created.Post;
        var serverId = await push.ServerIdAsync(cancellationToken);
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var badge = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COALESCE(sum(mention_count), 0)::int FROM channels.channel_members WHERE user_id = @userId",
            new { userId = user.Id },
            cancellationToken: cancellationToken));
        var isDirect = channel.Type == ChannelTypes.Direct;
        var props = Props(created.PropsJson);
        foreach (var deviceId in user.DeviceIds)
        {
            var (platform, token) = PushNotifier.SplitDeviceId(deviceId);
            await push.SendAsync(
                new PushNotification
                {
                    Platform = platform,
                    ServerId = serverId,
                    DeviceId = token,
                    PostId = post.Id,
                    Message = isDirect ? post.Message : $"{senderName}: {post.Message}",
                    Badge = badge,
                    TeamId = created.TeamId,
                    ChannelId = post.ChannelId,
                    RootId = post.RootId,
                    ChannelName = isDirect ? senderName : channel.DisplayName,
                    SenderId = post.UserId,
                    SenderName = senderName,
                    OverrideUsername = props.GetValueOrDefault("override_username", ""),
                    OverrideIconUrl = props.GetValueOrDefault("override_icon_url", ""),
                    FromWebhook = props.GetValueOrDefault("from_webhook", ""),
                },
                cancellationToken);
        }
    }

    private async Task<string> LinkAsync(PostCreated created, CancellationToken cancellationToken)
    {
        if (settings.SiteURL.Length == 0)
        {
            return "";
        }

        var team = created.TeamId.Length > 0 ? await teams.FindNameByIdAsync(created.TeamId, cancellationToken) : null;
        return team is null ? settings.SiteURL.TrimEnd('/') : $"{settings.SiteURL.TrimEnd('/')}/{team}/pl/{created.Post.Id}";
    }

    private static string SenderName(PostCreated created, NotificationRecipient? sender) =>
        created.FromWebhook && Props(created.PropsJson).TryGetValue("override_username", out var overridden) && overridden.Length > 0
            ? overridden
            : "@" + (sender?.Username ?? "someone");

    /// <summary>The post's string-valued props (the ones notifications use are strings).</summary>
    private static Dictionary<string, string> Props(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind != JsonValueKind.Object
            ? []
            : document.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the notifications of post {PostId}")]
    private static partial void NotifyFailed(ILogger logger, Exception exception, string postId);
}
