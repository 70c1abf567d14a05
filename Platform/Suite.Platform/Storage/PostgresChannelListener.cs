using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Suite.Platform.Storage;

/// <summary>
/// Listens on one PostgreSQL notification channel on a dedicated connection, reconnecting with a
/// growing delay (up to 5 s) when the connection drops. An outage is logged once when it starts and
/// once when it ends, not at every retry.
/// </summary>
internal abstract class PostgresChannelListener(ListenerConnections listeners, TimeProvider time, ILogger logger, string channel) : BackgroundService
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(5);

    /// <summary>What is degraded while not listening, for the log line of an outage.</summary>
    protected abstract string WhileAway { get; }

    /// <summary>Handles one notification's payload.</summary>
    protected abstract void OnNotification(string payload);

    /// <summary>Called with true once listening (again), and with false when the connection is lost.</summary>
    protected abstract void OnListening(bool listening);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(100);
        var away = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await listeners.OpenAsync(stoppingToken);
                connection.Notification += (_, notification) => OnNotification(notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                OnListening(true);
                if (away)
                {
                    logger.LogInformation("Listening on {Channel} again", channel);
                    away = false;
                }

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
                OnListening(false);
                if (!away)
                {
                    LogOutage(ex);
                    away = true;
                }
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

        OnListening(false);
    }

    private void LogOutage(Exception ex)
    {
        if (ex is NpgsqlException or TimeoutException or IOException)
        {
            logger.LogWarning("Lost the database connection listening on {Channel} ({Reason}); {WhileAway} until it is back", channel, ex.Message, WhileAway);
        }
        else
        {
            logger.LogError(ex, "Stopped listening on {Channel}; {WhileAway} until it is back", channel, WhileAway);
        }
    }
}
