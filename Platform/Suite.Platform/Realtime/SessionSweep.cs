using System.Net.WebSockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Platform.Identity.Sessions;

namespace Suite.Platform.Realtime;

/// <summary>
/// Closes the connections whose session has ended (logged out, expired, revoked, user
/// deactivated), checking every connected session in one query per interval, as Mattermost
/// re-checks the sessions of its WebSocket connections.
/// </summary>
internal sealed class SessionSweep(ConnectionRegistry registry, ISessionStore sessions, TimeProvider time, RealtimeOptions options, ILogger<SessionSweep> logger) : BackgroundService
{
    private const int IdsPerQuery = 1000;

    /// <summary>Closes the connections of sessions no longer live; returns how many it closed.</summary>
    public async Task<int> CloseEndedSessionsAsync(CancellationToken cancellationToken)
    {
        var bySession = new Dictionary<string, List<WebSocketConnection>>(StringComparer.Ordinal);
        foreach (var connection in registry.All())
        {
            if (connection.Principal is { } principal)
            {
                if (!bySession.TryGetValue(principal.SessionId, out var list))
                {
                    bySession[principal.SessionId] = list = [];
                }

                list.Add(connection);
            }
        }

        var closed = 0;
        foreach (var ids in bySession.Keys.Chunk(IdsPerQuery))
        {
            var live = await sessions.FindLiveAsync(ids, cancellationToken);
            foreach (var id in ids.Where(id => !live.Contains(id)))
            {
                foreach (var connection in bySession[id])
                {
                    registry.Remove(connection);
                    connection.Close(WebSocketCloseStatus.PolicyViolation);
                    closed++;
                }
            }
        }

        return closed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SessionCheckInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var closed = await CloseEndedSessionsAsync(stoppingToken);
                    if (closed > 0)
                    {
                        logger.LogInformation("Closed {Count} WebSocket connections whose session ended", closed);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Could not check the sessions of WebSocket connections");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
