using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace Suite.Platform.Http;

/// <summary>Settings of the outbound resilience pipeline (section <c>Suite:OutboundHttp</c>).</summary>
public sealed class OutboundHttpOptions
{
    /// <summary>Time allowed for each attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base delay of the exponential, jittered backoff.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Failure ratio over <see cref="BreakerSamplingDuration"/> that opens the breaker.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Minimum calls in the sampling window before the breaker may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = 8;

    /// <summary>Window over which failures are counted.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the breaker stays open before letting a trial call through.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>
/// The one way out: every outbound call goes through a Polly pipeline (retry with jitter around
/// a per-attempt timeout, inside a circuit breaker). Pipelines are kept per destination host, so
/// one dead webhook endpoint does not open the breaker for every other.
/// </summary>
internal sealed class OutboundHttp(OutboundHttpOptions options, TimeProvider time) : IOutboundHttp, IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        AllowAutoRedirect = false,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly ResiliencePipelineRegistry<string> _pipelines = new();

    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(createRequest);
        string destination;
        using (var probe = createRequest())
        {
            destination = probe.RequestUri?.Authority ?? "";
        }

        var pipeline = _pipelines.GetOrAddPipeline<HttpResponseMessage>(destination, builder => Configure(builder, options, time));
        return await pipeline.ExecuteAsync(
            static async (state, token) =>
            {
                using var request = state.createRequest();
                return await state._client.SendAsync(request, HttpCompletionOption.ResponseContentRead, token);
            },
            (_client, createRequest),
            cancellationToken);
    }

    public void Dispose()
    {
        _client.Dispose();
        _pipelines.Dispose();
    }

    /// <summary>Retry (outermost, jittered exponential backoff) around a circuit breaker around a per-attempt timeout.</summary>
    internal static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, OutboundHttpOptions options, TimeProvider time)
    {
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => r.StatusCode >= HttpStatusCode.InternalServerError || r.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout);

        builder.TimeProvider = time;
        builder
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = static args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakDuration,
            })
            .AddTimeout(options.AttemptTimeout);
    }
}
