namespace Suite.Platform.Http;

/// <summary>
/// Calls other servers (webhooks, portals, push proxies) through the Platform's one resilience
/// pipeline: timeout, retry with jittered backoff, circuit breaker.
/// </summary>
public interface IOutboundHttp
{
    /// <summary>
    /// Sends the request built by <paramref name="createRequest"/>, calling it again for each retry.
    /// Transient failures (connection errors, timeouts, 408, 429, 5xx) are retried; the last response
    /// is returned, even a 5xx once the retries are spent; any other status is returned at once.
    /// </summary>
    /// <exception cref="HttpRequestException">No response: the destination refused or dropped every
    /// attempt, no attempt answered in time, or calls to that host are suspended after repeated failures.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken = default);
}
