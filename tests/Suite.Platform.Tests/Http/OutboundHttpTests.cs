using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Suite.Platform.Http;

namespace Suite.Platform.Tests.Http;

public sealed class OutboundHttpTests
{
    private static readonly TimeSpan GenerousBound = TimeSpan.FromSeconds(10);

    [Test]
    public async Task Send_WhenTheServerFailsTwiceThenAnswers_RetriesWithTheSameBodyAndReturnsTheAnswer()
    {
        var bodies = new List<string>();
        await using var server = await LoopbackServer.StartAsync(async (http, n) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            lock (bodies)
            {
                bodies.Add(body);
            }

            http.Response.StatusCode = n <= 2 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            await http.Response.WriteAsync(n <= 2 ? "busy" : "done");
        });
        using var outbound = Outbound(new OutboundHttpOptions { MaxRetries = 3 });
        var built = 0;

        using var response = await outbound.SendAsync(() =>
        {
            built++;
            return new HttpRequestMessage(HttpMethod.Post, server.Url("/hook")) { Content = new StringContent("payload") };
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("done"));
        Assert.That(server.Requests, Is.EqualTo(3));
        Assert.That(built, Is.EqualTo(3), "one request built per attempt");
        Assert.That(bodies, Is.All.EqualTo("payload"));
    }

    [TestCase(400)]
    [TestCase(401)]
    [TestCase(404)]
    [TestCase(409)]
    public async Task Send_WhenTheServerAnswersAClientError_ReturnsItWithoutRetrying(int status)
    {
        await using var server = await LoopbackServer.AnsweringAsync(status);
        using var outbound = Outbound(new OutboundHttpOptions { MaxRetries = 3 });

        using var response = await outbound.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, server.Url("/")));

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(server.Requests, Is.EqualTo(1));
    }

    [TestCase(408)]
    [TestCase(429)]
    [TestCase(500)]
    [TestCase(503)]
    public async Task Send_WhenEveryAttemptFailsTransiently_ReturnsTheLastAnswerAfterTheRetries(int status)
    {
        await using var server = await LoopbackServer.AnsweringAsync(status);
        using var outbound = Outbound(new OutboundHttpOptions { MaxRetries = 2 });

        using var response = await outbound.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, server.Url("/")));

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(server.Requests, Is.EqualTo(3));
    }

    [Test]
    public void Send_WhenNothingListens_RetriesThenThrowsHttpRequestException()
    {
        using var outbound = Outbound(new OutboundHttpOptions { MaxRetries = 2 });
        var url = new Uri($"http://127.0.0.1:{UnusedPort()}/hook");
        var built = 0;

        var error = Assert.ThrowsAsync<HttpRequestException>(() => outbound.SendAsync(() =>
        {
            built++;
            return new HttpRequestMessage(HttpMethod.Get, url);
        }));

        Assert.That(error!.HttpRequestError, Is.EqualTo(HttpRequestError.ConnectionError));
        Assert.That(built, Is.EqualTo(3));
    }

    [Test]
    public async Task Send_WhenEveryAttemptIsTooSlow_ThrowsAClearHttpRequestExceptionWithinTheBound()
    {
        await using var server = await LoopbackServer.StartAsync((http, _) => Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted));
        using var outbound = Outbound(new OutboundHttpOptions { MaxRetries = 1, AttemptTimeout = TimeSpan.FromMilliseconds(200) });
        var elapsed = Stopwatch.StartNew();

        var error = Assert.ThrowsAsync<HttpRequestException>(() => outbound.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, server.Url("/slow?token=secret"))));

        Assert.That(elapsed.Elapsed, Is.LessThan(GenerousBound));
        Assert.That(error!.Message, Does.Contain($"GET {server.Url("/slow")} got no answer within 0.2 s (attempts: 2)").And.Not.Contain("secret"));
        Assert.That(error.InnerException, Is.InstanceOf<TimeoutRejectedException>());
        Assert.That(server.Requests, Is.EqualTo(2));
    }

    [Test]
    public async Task Send_WhenTheCallerCancels_ThrowsOperationCanceledWithoutRetrying()
    {
        await using var server = await LoopbackServer.StartAsync((http, _) => Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted));
        using var outbound = Outbound(new OutboundHttpOptions { MaxRetries = 3, AttemptTimeout = TimeSpan.FromSeconds(30) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.That(
            () => outbound.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, server.Url("/slow")), cancel.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(server.Requests, Is.EqualTo(1));
    }

    [Test]
    public async Task Send_AfterRepeatedFailuresToOneHost_SuspendsCallsToItButNotToOthers()
    {
        await using var failing = await LoopbackServer.AnsweringAsync(StatusCodes.Status500InternalServerError);
        await using var healthy = await LoopbackServer.AnsweringAsync(StatusCodes.Status200OK);
        using var outbound = Outbound(BreakerOptions());

        for (var call = 0; call < 2; call++)
        {
            using var failed = await outbound.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, failing.Url("/hook")));
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        }

        var error = Assert.ThrowsAsync<HttpRequestException>(() => outbound.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, failing.Url("/hook"))));
        using var other = await outbound.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, healthy.Url("/hook")));

        Assert.That(error!.Message, Does.Contain($"Calls to {failing.BaseAddress.Authority} are suspended").And.Contain("was not sent"));
        Assert.That(error.InnerException, Is.InstanceOf<BrokenCircuitException>());
        Assert.That(failing.Requests, Is.EqualTo(4), "the suspended call never reached the server");
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Send_AfterTheBreakDuration_LetsATrialCallThroughAndResumes()
    {
        var healthy = false;
        await using var server = await LoopbackServer.StartAsync((http, _) =>
        {
            http.Response.StatusCode = Volatile.Read(ref healthy) ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        var time = new AdjustableTime();
        using var outbound = new OutboundHttp(BreakerOptions(), time);
        for (var call = 0; call < 2; call++)
        {
            (await outbound.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, server.Url("/")))).Dispose();
        }

        Assert.ThrowsAsync<HttpRequestException>(() => outbound.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, server.Url("/"))));
        Volatile.Write(ref healthy, true);
        time.Advance(BreakerOptions().BreakDuration + TimeSpan.FromSeconds(1));

        using var trial = await outbound.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, server.Url("/")));
        using var next = await outbound.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, server.Url("/")));
        Assert.That((trial.StatusCode, next.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
    }

    // Quick retries; the breaker opens after four failed attempts (two calls) and stays open for a minute.
    private static OutboundHttpOptions BreakerOptions() => new()
    {
        MaxRetries = 1,
        BreakerMinimumThroughput = 4,
        BreakerFailureRatio = 0.5,
        BreakerSamplingDuration = TimeSpan.FromMinutes(1),
        BreakDuration = TimeSpan.FromMinutes(1),
    };

    private static OutboundHttp Outbound(OutboundHttpOptions options)
    {
        options.RetryDelay = TimeSpan.FromMilliseconds(10);
        return new OutboundHttp(options, TimeProvider.System);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The system clock, moved forward on demand; timers stay real.</summary>
    private sealed class AdjustableTime : TimeProvider
    {
        private long _offsetTicks;

        public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
    }
}
