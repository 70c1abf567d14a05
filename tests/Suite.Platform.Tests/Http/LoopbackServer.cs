using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Suite.Platform.Tests.Http;

/// <summary>A real HTTP server on a free loopback port that answers every request with <c>respond</c>.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private LoopbackServer(WebApplication app) => _app = app;

    /// <summary>Requests received so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public Uri BaseAddress => new(_app.Urls.Single());

    /// <param name="respond">Handles a request; gets the request's number (1 for the first).</param>
    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, int, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(http => respond(http, Interlocked.Increment(ref server._requests)));
        await app.StartAsync();
        return server;
    }

    /// <summary>A server that answers every request with <paramref name="status"/>.</summary>
    public static Task<LoopbackServer> AnsweringAsync(int status) => StartAsync((http, _) =>
    {
        http.Response.StatusCode = status;
        return Task.CompletedTask;
    });

    public Uri Url(string path) => new(BaseAddress, path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
