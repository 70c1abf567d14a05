using System.Net.Http.Json;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using Suite.Platform;
using Suite.Platform.Api;
using Suite.Platform.Http;

namespace Suite.Channels.Notifications;

/// <summary>Mattermost's <c>PushNotification</c> as the push proxy receives it (version <c>v2</c>, full contents).</summary>
internal sealed record PushNotification
{
    public string AckId { get; init; } = Ids.New();
    public required string Platform { get; init; }
    public required string ServerId { get; init; }
    public required string DeviceId { get; init; }
    public required string PostId { get; init; }
    public string Category { get; init; } = "CAN_REPLY";
    public string Sound { get; init; } = "default";
    public required string Message { get; init; }
    public int Badge { get; init; }
    public int ContAva { get; init; } = 1;
    public required string TeamId { get; init; }
    public required string ChannelId { get; init; }
    public required string RootId { get; init; }
    public required string ChannelName { get; init; }
    public string Type { get; init; } = "message";
    public required string SenderId { get; init; }
    public required string SenderName { get; init; }
    public string OverrideUsername { get; init; } = "";
    public string OverrideIconUrl { get; init; } = "";
    public string FromWebhook { get; init; } = "";
    public string Version { get; init; } = "v2";
    public bool IsCrtEnabled { get; init; }
    public bool IsIdLoaded { get; init; }
}

/// <summary>
/// Sends push notifications to <c>{PushNotificationServer}/api/v1/send_push</c> through the Platform's
/// resilience pipeline (timeouts, retries with backoff, a circuit breaker per host); a proxy that
/// keeps failing is logged, never reported to the poster.
/// </summary>
internal sealed partial class PushNotifier(NotificationSettings settings, IOutboundHttp http, NpgsqlDataSource db, ILogger<PushNotifier> logger)
{
    private string? _serverId;

    /// <summary>This installation's id for the push proxy, made once and kept in the database.</summary>
    public async Task<string> ServerIdAsync(CancellationToken cancellationToken)
    {
        if (_serverId is { } known)
        {
            return known;
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return _serverId = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            """
            INSERT INTO channels.push_server (server_id) VALUES (@id) ON CONFLICT (singleton) DO NOTHING;
            SELECT server_id FROM channels.push_server;
            """,
            new { id = Ids.New() },
            cancellationToken: cancellationToken)) ?? throw new InvalidOperationException("No push server id.");
    }

    /// <summary>Splits Mattermost's <c>&lt;platform&gt;:&lt;token&gt;</c> device id.</summary>
    public static (string Platform, string Token) SplitDeviceId(string deviceId)
    {
        var colon = deviceId.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? (deviceId[..colon], deviceId[(colon + 1)..]) : ("", deviceId);
    }

    public async Task SendAsync(PushNotification notification, CancellationToken cancellationToken)
    {
        var url = settings.PushNotificationServer.TrimEnd('/') + "/api/v1/send_push";
        try
        {
            using var response = await http.SendAsync(
                () => new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(notification, options: ApiJson.Options) },
                cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                SendRefused(logger, (int)response.StatusCode, notification.PostId);
            }
        }
        catch (HttpRequestException ex)
        {
            SendFailed(logger, ex, notification.PostId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The push proxy answered {Status} to the notification of post {PostId}")]
    private static partial void SendRefused(ILogger logger, int status, string postId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The push proxy could not be reached for the notification of post {PostId}")]
    private static partial void SendFailed(ILogger logger, Exception exception, string postId);
}
