using System.Net;
using System.Text.Json;
using Npgsql;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Samples.Contracts;
using Suite.Testing;

namespace Suite.Platform.Tests.Modules;

/// <summary>A host with Channels only: the other modules are installed but not enabled.</summary>
public sealed class DisabledModuleTests
{
    private SuiteTestServer _server = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync(modules: ["Channels"]);
        _client = _server.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [TestCase("/api/v4/modules/boards")]
    [TestCase("/api/v4/modules/playbooks")]
    [TestCase("/api/v4/modules/licensing")]
    [TestCase("/api/v4/modules/samplevalid")]
    [TestCase("/api/v4/samplevalid/greeting")]
    public async Task Endpoint_OfADisabledModule_Answers404WithMattermostsErrorBody(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(error.GetProperty("id").GetString(), Is.EqualTo("api.context.404.app_error"));
            Assert.That(error.GetProperty("message").GetString(), Is.Not.Empty);
            Assert.That(error.GetProperty("detailed_error").GetString(), Does.Contain(path));
            Assert.That(error.GetProperty("request_id").GetString(), Is.EqualTo(response.Headers.GetValues("X-Request-Id").Single()));
            Assert.That(error.GetProperty("status_code").GetInt32(), Is.EqualTo(404));
        });
    }

    [Test]
    public async Task Endpoint_OfTheEnabledModule_KeepsWorking()
    {
        using var response = await _client.GetAsync("/api/v4/modules/channels");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Modules_ListsOnlyTheEnabledModule()
    {
        using var body = JsonDocument.Parse(await _client.GetStringAsync("/api/v4/modules"));

        Assert.That(body.RootElement.EnumerateArray().Select(m => m.GetProperty("name").GetString()), Is.EqualTo(new[] { "Channels" }));
    }

    [Test]
    public void Send_RequestHandledOnlyByADisabledModule_Answers501()
    {
        var error = Assert.ThrowsAsync<AppErrorException>(() => _server.Service<ISender>().Send(new SampleEcho("anyone there?")))!.Error;

        Assert.That((error.StatusCode, error.Id), Is.EqualTo((501, "api.mediator.no_handler.app_error")));
        Assert.That(error.DetailedError, Is.EqualTo("The module that handles this request is not enabled."));
    }

    [Test]
    public async Task Migrations_OfDisabledModules_DoNotRun()
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT string_agg(nspname, ',' ORDER BY nspname) FROM pg_namespace WHERE nspname IN ('channels', 'boards', 'playbooks', 'licensing', 'samplevalid')", connection);

        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("channels"));
    }
}
