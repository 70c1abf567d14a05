using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Playbooks.Alerts.Ingestion;
using Suite.Playbooks.Alerts.Sources;

namespace Suite.Playbooks.Alerts.Processing;

/// <summary>
/// Works the alert inbox: claims due deliveries (the oldest of each source; other processes skip
/// what this one holds), processes up to <see cref="ConcurrentDeliveries"/> sources at once, removes a
/// delivery once done, sets it aside when it can never succeed (its playbook archived, its creator
/// gone), and otherwise retries it later with a doubled delay. What a stop interrupts is picked up by
/// the next process: the row is still there.
/// </summary>
internal sealed partial class AlertInboxWorker(
    AlertInbox inbox, AlertProcessor processor, AlertSourceStore sources, AlertsOptions options, TimeProvider time, ILogger<AlertInboxWorker> logger)
    : BackgroundService
{
    private const int ConcurrentDeliveries = 4;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _slots = new(ConcurrentDeliveries);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly string _claimId = Ids.New();

    /// <summary>Looks at the inbox now rather than at the next poll.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var free = _slots.CurrentCount;
                var now = time.GetUtcNow();
                var claimed = free == 0 ? [] : await inbox.ClaimAsync(
                    free, now.ToUnixTimeMilliseconds(), (now + options.Lease).ToUnixTimeMilliseconds(), _claimId, stoppingToken);
                foreach (var delivery in claimed)
                {
                    // Never blocks: no more were claimed than slots were free.
                    await _slots.WaitAsync(CancellationToken.None);
                    _ = ProcessAsync(delivery, stoppingToken);
                }

                if (claimed.Count < free || free == 0)
                {
                    await WaitAsync(free == 0 ? options.PollInterval : await UntilNextDueAsync(stoppingToken), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                InboxFailed(logger, ex);
                await WaitAsync(options.PollInterval, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
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

    private async Task<TimeSpan> UntilNextDueAsync(CancellationToken cancellationToken)
    {
        if (await inbox.NextDueAtAsync(cancellationToken) is not { } dueAt)
        {
            return options.PollInterval;
        }

        var wait = TimeSpan.FromMilliseconds(dueAt - time.GetUtcNow().ToUnixTimeMilliseconds());
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > options.PollInterval ? options.PollInterval : wait;
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

    private async Task ProcessAsync(AlertDelivery delivery, CancellationToken stoppingToken)
    {
        try
        {
            if (await processor.ProcessAsync(delivery, stoppingToken))
            {
                await sources.RecordAsync(delivery.SourceId, delivery.ReceivedAt, error: "", time.GetUtcNow().ToUnixTimeMilliseconds(), stoppingToken);
            }

            await inbox.RemoveAsync(delivery, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await ReleaseAsync(delivery);
        }
        catch (AppErrorException ex) when (ex.Error.StatusCode is >= 400 and < 500 and not 409 and not 429)
        {
            await FailAsync(delivery, ex.Error.DetailedError.Length > 0 ? $"{ex.Error.Message} {ex.Error.DetailedError}" : ex.Error.Message, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await RetryAsync(delivery, ex, stoppingToken);
        }
        finally
        {
            _slots.Release();
            Wake();
        }
    }

    private async Task FailAsync(AlertDelivery delivery, string error, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        DeliveryRefused(logger, delivery.Id, delivery.SourceId, error);
        try
        {
            await inbox.FailAsync(delivery, now, error, stoppingToken);
            await sources.RecordAsync(delivery.SourceId, delivery.ReceivedAt, error, now, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            InboxFailed(logger, ex);
        }
    }

    private async Task RetryAsync(AlertDelivery delivery, Exception failure, CancellationToken stoppingToken)
    {
        if (delivery.Attempts >= options.MaxAttempts)
        {
            await FailAsync(delivery, $"Gave up after {delivery.Attempts} attempts: {failure.Message}", stoppingToken);
            return;
        }

        DeliveryFailed(logger, failure, delivery.Id, delivery.SourceId);
        try
        {
            var delay = options.RetryDelay * Math.Pow(2, Math.Min(delivery.Attempts - 1, 20));
            var dueAt = time.GetUtcNow() + (delay > MaxRetryDelay ? MaxRetryDelay : delay);
            await inbox.RescheduleAsync(delivery, dueAt.ToUnixTimeMilliseconds(), countAttempt: true, failure.Message, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            InboxFailed(logger, ex);
        }
    }

    // Stopping mid-delivery: the row goes back at once rather than waiting out its lease, so the next process takes it without delay.
    private async Task ReleaseAsync(AlertDelivery delivery)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await inbox.RescheduleAsync(delivery, time.GetUtcNow().ToUnixTimeMilliseconds(), countAttempt: false, "", timeout.Token);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            ReleaseFailed(logger, ex, delivery.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the alert inbox failed.")]
    private static partial void InboxFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Processing alert delivery {DeliveryId} of source {SourceId} failed; it is retried.")]
    private static partial void DeliveryFailed(ILogger logger, Exception exception, string deliveryId, string sourceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert delivery {DeliveryId} of source {SourceId} cannot be processed and is set aside: {Error}")]
    private static partial void DeliveryRefused(ILogger logger, string deliveryId, string sourceId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handing back alert delivery {DeliveryId} at shutdown failed; it is retried when its lease ends.")]
    private static partial void ReleaseFailed(ILogger logger, Exception exception, string deliveryId);
}
