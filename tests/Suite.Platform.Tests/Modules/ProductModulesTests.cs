using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Modules;

public sealed class ProductModulesTests
{
    private SuiteTestServer _server = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync();
        _client = _server.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [TestCase("channels", "Channels", "channels")]
    [TestCase("boards", "Boards", "boards")]
    [TestCase("playbooks", "Playbooks", "playbooks")]
    [TestCase("licensing", "Licensing", "licensing")]
    public async Task ModuleInfo_ForEachProductModule_ReportsNameVersionAndSchema(string path, string name, string schema)
    {
        using var response = await _client.GetAsync($"/api/v4/modules/{path}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(body.RootElement.GetProperty("name").GetString(), Is.EqualTo(name));
            Assert.That(body.RootElement.GetProperty("version").GetString(), Is.EqualTo("0.1.0.0"));
            Assert.That(body.RootElement.GetProperty("schema").GetString(), Is.EqualTo(schema));
        });
    }

    [Test]
    public async Task Modules_AreListedInDependencyOrder()
    {
        using var response = await _client.GetAsync("/api/v4/modules");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var names = body.RootElement.EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();

        Assert.That(names, Has.Count.EqualTo(4));
        Assert.That(names.IndexOf("Channels"), Is.LessThan(names.IndexOf("Boards")));
        Assert.That(names.IndexOf("Channels"), Is.LessThan(names.IndexOf("Playbooks")));
    }

    [Test]
    public async Task EachModule_HasItsSchemaCreatedByItsMigration()
    {
        await using var connection = new Npgsql.NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT string_agg(module || ':' || version, ',' ORDER BY module) FROM platform.schema_migrations WHERE module <> 'Platform' AND version = 1", connection);

        var applied = (string?)await command.ExecuteScalarAsync();

        Assert.That(applied, Is.EqualTo("Boards:1,Channels:1,Licensing:1,Playbooks:1"));
    }
}
