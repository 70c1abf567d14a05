using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Suite.Channels.Tests.Notifications;

/// <summary>
/// A stand-in push proxy on a loopback port: records every <c>POST /api/v1/send_push</c> body and
/// answers 500 to the next <see cref="FailNext"/> requests, then <c>{"status":"OK"}</c>.
/// </summary>
public sealed class PushProxyReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private int _failNext;

    private PushProxyReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public int FailNext
    {
        get => Volatile.Read(ref _failNext);
        set => Volatile.Write(ref _failNext, value);
    }

    public static async Task<PushProxyReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new PushProxyReceiver(app);
        app.MapPost("/api/v1/send_push", receiver.HandleAsync);
        await app.StartAsync();
        receiver.Url = app.Urls.First();
        return receiver;
    }

    public async Task<JsonElement> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            return await _received.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("No push notification arrived in time.");
            throw;
        }
    }

    /// <summary>Pushes until the first one for <paramref name="markerDeviceToken"/>.</summary>
    public async Task<List<JsonElement>> UntilPushToAsync(string markerDeviceToken)
    {
        var before = new List<JsonElement>();
        while (true)
        {
            var push = await NextAsync();
            if (push.GetProperty("device_id").GetString() == markerDeviceToken)
            {
                return before;
            }

            before.Add(push);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var document = await JsonDocument.ParseAsync(context.Request.Body);
        await _received.Writer.WriteAsync(document.RootElement.Clone());
        if (Interlocked.Decrement(ref _failNext) >= 0)
        {
            context.Response.StatusCode = 500;
            return;
        }

        Interlocked.Exchange(ref _failNext, 0);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("{\"status\":\"OK\"}");
    }
}
