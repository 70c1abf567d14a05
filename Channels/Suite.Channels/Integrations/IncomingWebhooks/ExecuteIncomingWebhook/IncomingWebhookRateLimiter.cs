using System.Threading.RateLimiting;

namespace Suite.Channels.Integrations.IncomingWebhooks.ExecuteIncomingWebhook;

/// <summary>A fixed one-minute window of posts per hook, in process (the framework's partitioned limiter).</summary>
internal sealed class IncomingWebhookRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public IncomingWebhookRateLimiter(IntegrationsOptions options)
    {
        _limiter = PartitionedRateLimiter.Create<string, string>(hookId => RateLimitPartition.GetFixedWindowLimiter(
            hookId,
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, options.IncomingWebhookPostsPerMinute),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
    }

    public bool TryAcquire(string hookId)
    {
        using var lease = _limiter.AttemptAcquire(hookId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
