using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Suite.Channels.Tests.Integrations;

/// <summary>A request the receiver got: its content type, Accept header and body.</summary>
public sealed record ReceivedCallback(string ContentType, string Accept, string Body);

/// <summary>
/// A tiny Kestrel app on a loopback port standing in for an integration's server: it records each
/// request and answers with <see cref="Reply"/> (status, JSON body), or never answers while <see cref="Hang"/> is set.
/// </summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedCallback> _received = Channel.CreateUnbounded<ReceivedCallback>();
    private readonly CancellationTokenSource _stopping = new();

    private CallbackReceiver(WebApplication app) => _app = app;

    public Func<(int Status, string Json)> Reply { get; set; } = () => (200, "");

    public bool Hang { get; set; }

    /// <summary>How long each answer takes.</summary>
    public TimeSpan Delay { get; set; }

    public string Url { get; private set; } = "";

    public static async Task<CallbackReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new CallbackReceiver(app);
        app.MapPost("/callback", receiver.HandleAsync);
        await app.StartAsync();
        receiver.Url = app.Urls.First() + "/callback";
        return receiver;
    }

    /// <summary>The next request received, failing the test when none comes within 20 seconds.</summary>
    public async Task<ReceivedCallback> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            return await _received.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("The callback was not called in time.");
            throw;
        }
    }

    public bool TryNext(out ReceivedCallback? callback) => _received.Reader.TryRead(out callback);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        await _received.Writer.WriteAsync(new ReceivedCallback(context.Request.ContentType ?? "", context.Request.Headers.Accept.ToString(), body));
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, _stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        var (status, json) = Reply();
        context.Response.StatusCode = status;
        if (json.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        }
    }
}
