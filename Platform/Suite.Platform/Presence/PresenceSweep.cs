using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Suite.Platform.Presence;

/// <summary>
/// Every <see cref="PresenceOptions.SweepInterval"/> on the injected clock: beats this process's
/// heartbeat, makes idle users away, ends timed Do Not Disturb, and makes offline the users whose
/// only connections were in a process that died. On shutdown it removes this process's connections.
/// </summary>
internal sealed partial class PresenceSweep(
    PresenceService presence,
    StatusStore store,
    ConnectionPresence connections,
    TimeProvider time,
    PresenceOptions options,
    ILogger<PresenceSweep> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the first connection, so this process's connections count from the start.
        await RunSafelyAsync(token => HeartbeatAsync(time.GetUtcNow(), token), cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // Not cancelled with the host's stop: left behind, this process's rows would keep its users
        // online until a peer's sweep takes the process for dead.
        await RunSafelyAsync(
            async token =>
            {
                foreach (var userId in await store.RemoveProcessAsync(token))
                {
                    await presence.SetOfflineIfDisconnectedAsync(userId, token);
                }
            },
            CancellationToken.None);
    }

    /// <summary>One sweep; public so tests and the timer share it.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await HeartbeatAsync(now, cancellationToken);
        foreach (var userId in await store.FindInactiveAsync((now - options.AwayTimeout).ToUnixTimeMilliseconds(), cancellationToken))
        {
            await presence.SetAwayAutomaticallyAsync(userId, cancellationToken);
        }

        foreach (var userId in await store.FindEndedDoNotDisturbAsync(now.ToUnixTimeSeconds(), cancellationToken))
        {
            await presence.EndDoNotDisturbAsync(userId, cancellationToken);
        }

        foreach (var userId in await store.FindDisconnectedAsync(presence.LiveAfter(now), cancellationToken))
        {
            await presence.SetOfflineIfDisconnectedAsync(userId, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunSafelyAsync(SweepAsync, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private Task HeartbeatAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        store.HeartbeatAsync(connections.ConnectedUserIds(), now.ToUnixTimeMilliseconds(), presence.LiveAfter(now), cancellationToken);

    private async Task RunSafelyAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await work(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SweepFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The presence sweep failed; it runs again at the next interval")]
    private static partial void SweepFailed(ILogger logger, Exception exception);
}
