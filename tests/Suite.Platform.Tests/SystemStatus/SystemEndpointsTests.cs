using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Suite.Testing;

namespace Suite.Platform.Tests.SystemStatus;

public sealed class SystemEndpointsTests
{
    private const string FailingPath = "/test/unexpected-failure";
    private const string SecretDetail = "connection string Password=hunter2";

    private SuiteTestServer _server = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync(modules: [], configure: builder => builder.Services.AddSingleton<IStartupFilter, FailingRoute>());
        _client = _server.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Ping_AnswersStatusOkAsExactlyApplicationJson()
    {
        using var response = await _client.GetAsync("/api/v4/system/ping");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json"));
            Assert.That(body.RootElement.GetProperty("status").GetString(), Is.EqualTo("OK"));
            Assert.That(body.RootElement.TryGetProperty("database_status", out _), Is.False, "only asked for with get_server_status");
            Assert.That(response.Headers.GetValues("X-Version-Id").Single(), Does.StartWith("10."));
        });
    }

    [Test]
    public async Task Ping_WithGetServerStatus_AddsDatabaseAndFileStoreStatus()
    {
        using var response = await _client.GetAsync("/api/v4/system/ping?get_server_status=true");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.RootElement.GetProperty("status").GetString(), Is.EqualTo("OK"));
            Assert.That(body.RootElement.GetProperty("database_status").GetString(), Is.EqualTo("OK"));
            Assert.That(body.RootElement.GetProperty("filestore_status").GetString(), Is.EqualTo("OK"));
            Assert.That(response.Headers.GetValues("database_status").Single(), Is.EqualTo("OK"));
        });
    }

    [TestCase("/healthz", "alive")]
    [TestCase("/readyz", "ready")]
    public async Task HealthEndpoints_WhenEverythingIsUp_Answer200(string path, string text)
    {
        using var response = await _client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(text));
    }

    [Test]
    public async Task OpenApiDocument_ListsTheSystemEndpoints()
    {
        using var response = await _client.GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(paths, Is.SupersetOf(new List<string> { "/api/v4/system/ping", "/healthz", "/readyz", "/api/v4/modules" }));
    }

    [TestCase("GET", "/api/v4/no_such_thing")]
    [TestCase("POST", "/api/v4/users/nobody/nothing")]
    public async Task UnknownApiPath_Answers404WithMattermostErrorAndRequestId(string method, string path)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json"));
            Assert.That(error.GetProperty("id").GetString(), Is.EqualTo("api.context.404.app_error"));
            Assert.That(error.GetProperty("status_code").GetInt32(), Is.EqualTo(404));
            Assert.That(error.GetProperty("message").GetString(), Is.Not.Empty);
            Assert.That(error.GetProperty("detailed_error").GetString(), Does.Contain(path));
            Assert.That(error.GetProperty("request_id").GetString(), Has.Length.EqualTo(26).And.EqualTo(response.Headers.GetValues("X-Request-Id").Single()));
        });
    }

    [Test]
    public async Task UnexpectedFailure_Answers500WithoutStackTraceOrInternals()
    {
        using var response = await _client.GetAsync(FailingPath);
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(body.RootElement.GetProperty("id").GetString(), Is.EqualTo("api.context.unexpected.app_error"));
            Assert.That(body.RootElement.GetProperty("status_code").GetInt32(), Is.EqualTo(500));
            Assert.That(text, Does.Not.Contain("hunter2").And.Not.Contain("InvalidOperationException").And.Not.Contain(" at "));
        });
    }

    /// <summary>Adds a route that fails unexpectedly, behind the host's own middleware.</summary>
    private sealed class FailingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(http => http.Request.Path == FailingPath
                ? throw new InvalidOperationException(SecretDetail)
                : Task.CompletedTask);
        };
    }
}
