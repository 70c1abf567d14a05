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
/// The one way out: every outbound call goes through a Polly pipeline (retry with jittered backoff,
/// around a circuit breaker, around a per-attempt timeout). Pipelines are kept per destination host,
/// so one dead webhook endpoint does not open the breaker for every other. Failures without a
/// response (refused, timed out, suspended) all surface as <see cref="HttpRequestException"/>.
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
        var call = new Call(_client, createRequest);
        try
        {
            var pipeline = _pipelines.GetOrAddPipeline<HttpResponseMessage>(call.Destination, builder => Configure(builder, options, time));
            return await pipeline.ExecuteAsync(static (call, token) => call.AttemptAsync(token), call, cancellationToken);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new HttpRequestException(
                $"{call.Description} got no answer within {options.AttemptTimeout.TotalSeconds:0.###} s (attempts: {call.Attempts}).", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new HttpRequestException(
                $"Calls to {call.Destination} are suspended for {options.BreakDuration.TotalSeconds:0.###} s after repeated failures: {call.Description} was not sent.", ex);
        }
        finally
        {
            call.Dispose();
        }
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

    /// <summary>One logical call: the first request is built up front (it names the destination); each retry builds its own.</summary>
    private sealed class Call : IDisposable
    {
        private readonly HttpClient _client;
        private readonly Func<HttpRequestMessage> _createRequest;
        private HttpRequestMessage? _first;

        public Call(HttpClient client, Func<HttpRequestMessage> createRequest)
        {
            _client = client;
            _createRequest = createRequest;
            _first = createRequest();
            var uri = _first.RequestUri;
            Destination = uri is { IsAbsoluteUri: true } ? uri.Authority : "";

            // Without the query string or user info, which may carry secrets.
            Description = uri is { IsAbsoluteUri: true }
                ? $"{_first.Method} {uri.GetComponents(UriComponents.Scheme | UriComponents.HostAndPort | UriComponents.Path, UriFormat.UriEscaped)}"
                : $"{_first.Method} {uri}";
        }

        /// <summary>The host and port: the key of this call's pipeline.</summary>
        public string Destination { get; }

        public string Description { get; }

        public int Attempts { get; private set; }

        public async ValueTask<HttpResponseMessage> AttemptAsync(CancellationToken cancellationToken)
        {
            Attempts++;
            using var request = Interlocked.Exchange(ref _first, null) ?? _createRequest();
            return await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }

        public void Dispose() => Interlocked.Exchange(ref _first, null)?.Dispose();
    }
}
