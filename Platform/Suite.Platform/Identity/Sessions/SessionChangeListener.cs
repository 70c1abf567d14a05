using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Suite.Platform.Storage;

namespace Suite.Platform.Identity.Sessions;

/// <summary>
/// Listens on <c>suite_session_changes</c>, where the triggers of migration 0006 name every user
/// whose sessions, access tokens, roles or activation changed (in any process, at commit), and
/// drops that user's cached sessions. While it is not listening the cache is off.
/// </summary>
internal sealed class SessionChangeListener(ListenerConnections listeners, SessionCache cache, TimeProvider time, ILogger<SessionChangeListener> logger) : BackgroundService
{
    public const string NotifyChannel = "suite_session_changes";
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(100);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await listeners.OpenAsync(stoppingToken);
                connection.Notification += (_, notification) => cache.InvalidateUser(notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {NotifyChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                cache.SetListening(true);
                delay = TimeSpan.FromMilliseconds(100);
                while (true)
                {
                    if (!await connection.WaitAsync(KeepAlive, stoppingToken))
                    {
                        await using var check = new NpgsqlCommand("SELECT 1", connection);
                        await check.ExecuteScalarAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                cache.SetListening(false);
                logger.LogWarning(ex, "Lost the session-change listener; sessions are read from the database until it is back (retrying in {Delay})", delay);
            }

            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxReconnectDelay.Ticks));
        }

        cache.SetListening(false);
    }
}
