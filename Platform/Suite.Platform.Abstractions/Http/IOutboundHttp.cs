namespace Suite.Platform.Http;

/// <summary>
/// Calls other servers (webhooks, portals, push proxies) through the Platform's one resilience
/// pipeline: timeout, retry with jittered backoff, circuit breaker.
/// </summary>
public interface IOutboundHttp
{
    /// <summary>
    /// Sends the request built by <paramref name="createRequest"/>, calling it again for each retry.
    /// Returns the final response; transient failures that outlast the retries throw.
    /// </summary>
    Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken = default);
}
