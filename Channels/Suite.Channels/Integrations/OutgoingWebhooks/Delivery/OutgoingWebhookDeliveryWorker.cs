using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Platform;

namespace Suite.Channels.Integrations.OutgoingWebhooks.Delivery;

/// <summary>
/// Delivers the stored queue: claims due deliveries (other processes skip what this one holds), runs
/// at most <see cref="ConcurrentDeliveries"/> at a time so one hanging callback holds up no other,
/// deletes each on success or when its attempts are spent, and otherwise puts it back with a doubled delay.
/// </summary>
internal sealed partial class OutgoingWebhookDeliveryWorker(
    OutgoingWebhookDeliveryStore deliveries, OutgoingWebhookStore hooks, OutgoingWebhookSender sender, IntegrationsOptions options,
    TimeProvider time, ILogger<OutgoingWebhookDeliveryWorker> logger)
    : BackgroundService
{
    private const int ConcurrentDeliveries = 16;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _slots = new(ConcurrentDeliveries);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly string _claimId = Ids.New();

    /// <summary>Looks for due deliveries now rather than at the next poll.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var free = _slots.CurrentCount;
                var claimed = free == 0 ? [] : await ClaimAsync(free, stoppingToken);
                foreach (var delivery in claimed)
                {
                    // Never blocks (no more were claimed than slots were free), and must not throw on a
                    // stop: each claimed row has to reach DeliverAsync, which hands it back when stopping.
                    await _slots.WaitAsync(CancellationToken.None);
                    _ = DeliverAsync(delivery, stoppingToken);
                }

                if (claimed.Count < free || free == 0)
                {
                    await WaitAsync(free == 0 ? options.OutgoingWebhookPollInterval : await UntilNextDueAsync(stoppingToken), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                QueueFailed(logger, ex);
                await WaitAsync(options.OutgoingWebhookPollInterval, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // Let deliveries cut short by the stop hand their rows back before the database goes away. A
        // stop that runs out of time leaves the rest to their leases, which expire and free the rows.
        try
        {
            for (var i = 0; i < ConcurrentDeliveries; i++)
            {
                await _slots.WaitAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    private Task<IReadOnlyList<OutgoingWebhookDelivery>> ClaimAsync(int limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return deliveries.ClaimAsync(
            limit, now.ToUnixTimeMilliseconds(), (now + options.OutgoingWebhookDeliveryLease).ToUnixTimeMilliseconds(), _claimId, cancellationToken);
    }

    private async Task<TimeSpan> UntilNextDueAsync(CancellationToken cancellationToken)
    {
        var next = await deliveries.NextDueAtAsync(cancellationToken);
        if (next is not { } dueAt)
        {
            return options.OutgoingWebhookPollInterval;
        }

        var wait = TimeSpan.FromMilliseconds(dueAt - time.GetUtcNow().ToUnixTimeMilliseconds());
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > options.OutgoingWebhookPollInterval ? options.OutgoingWebhookPollInterval : wait;
    }

    private async Task WaitAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(wait);
        try
        {
            await _wake.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The wait is over; look again.
        }
    }

    private async Task DeliverAsync(OutgoingWebhookDelivery delivery, CancellationToken stoppingToken)
    {
        try
        {
            var hook = await hooks.FindAsync(delivery.HookId, stoppingToken);
            if (hook is null)
            {
                await deliveries.RemoveAsync(delivery, stoppingToken);
                return;
            }

            var outcome = await sender.SendAsync(hook, delivery, stoppingToken);
            if (outcome.Error is null)
            {
                await deliveries.RemoveAsync(delivery, stoppingToken);
                await hooks.RecordSuccessAsync(hook.Id, stoppingToken);
                await sender.ReplyAsync(hook, delivery, outcome.Body, stoppingToken);
                return;
            }

            var now = time.GetUtcNow();
            await hooks.RecordFailureAsync(hook.Id, $"{delivery.CallbackUrl}: {outcome.Error}", now.ToUnixTimeMilliseconds(), stoppingToken);
            if (delivery.Attempts >= options.OutgoingWebhookAttempts)
            {
                GaveUp(logger, hook.Id, delivery.PostId, delivery.Attempts);
                await deliveries.RemoveAsync(delivery, stoppingToken);
                return;
            }

            await deliveries.RescheduleAsync(delivery, (now + RetryDelay(delivery.Attempts)).ToUnixTimeMilliseconds(), countAttempt: true, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await ReleaseAsync(delivery);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DeliveryFailed(logger, ex, delivery.HookId);
        }
        finally
        {
            _slots.Release();
            Wake();
        }
    }

    private TimeSpan RetryDelay(int attempts)
    {
        var delay = options.OutgoingWebhookRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 30));
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }

    // The process is stopping mid-delivery: the callback may or may not have seen it, and the row goes
    // back at once rather than waiting out the lease, so the next process delivers it without delay.
    private async Task ReleaseAsync(OutgoingWebhookDelivery delivery)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await deliveries.RescheduleAsync(delivery, time.GetUtcNow().ToUnixTimeMilliseconds(), countAttempt: false, timeout.Token);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            ReleaseFailed(logger, ex, delivery.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the outgoing webhook delivery queue failed.")]
    private static partial void QueueFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering outgoing webhook {HookId} failed unexpectedly.")]
    private static partial void DeliveryFailed(ILogger logger, Exception exception, string hookId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outgoing webhook {HookId} gave up on post {PostId} after {Attempts} deliveries.")]
    private static partial void GaveUp(ILogger logger, string hookId, string postId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handing back outgoing webhook delivery {DeliveryId} at shutdown failed; it is retried when its lease ends.")]
    private static partial void ReleaseFailed(ILogger logger, Exception exception, string deliveryId);
}
