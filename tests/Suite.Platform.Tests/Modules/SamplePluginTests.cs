using System.Net;
using System.Net.Http.Json;
using System.Runtime.Loader;
using System.Text.Json;
using Npgsql;
using Suite.Platform.Mediator;
using Suite.Platform.Modules;
using Suite.Samples.Contracts;
using Suite.Testing;

namespace Suite.Platform.Tests.Modules;

/// <summary>The valid sample plugins, loaded from the build output like any module.</summary>
public sealed class SamplePluginTests
{
    private SuiteTestServer _server = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        // The listener comes first alphabetically and in this list; only its dependency puts it second.
        _server = await SuiteTestServer.StartAsync(modules: [SampleModuleNames.Listener, SampleModuleNames.Valid]);
        _client = _server.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Modules_ListsTheListenerAfterTheModuleItDependsOn()
    {
        using var body = await GetJsonAsync("/api/v4/modules");

        var names = body.RootElement.EnumerateArray().Select(m => m.GetProperty("name").GetString());
        Assert.That(names, Is.EqualTo(new[] { "SampleValid", "SampleListener" }));
    }

    [Test]
    public async Task ModuleInfo_ForTheSample_ReportsItsVersionAndSchema()
    {
        using var body = await GetJsonAsync("/api/v4/modules/samplevalid");

        Assert.That(body.RootElement.GetProperty("version").GetString(), Is.EqualTo("1.2.3.0"));
        Assert.That(body.RootElement.GetProperty("schema").GetString(), Is.EqualTo("samplevalid"));
    }

    [Test]
    public async Task Greeting_AnswersWithTheRowTheSampleMigrationInserted()
    {
        using var body = await GetJsonAsync("/api/v4/samplevalid/greeting");

        Assert.That(body.RootElement.GetProperty("text").GetString(), Is.EqualTo("Hello from SampleValid's migration"));
    }

    [Test]
    public async Task Migration_OfTheSample_IsRecordedWithItsModuleAndChecksum()
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT version || ':' || name || ':' || length(checksum) FROM platform.schema_migrations WHERE module = 'SampleValid'", connection);

        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("1:create_schema:64"));
    }

    [Test]
    public async Task Echo_IsHandledByTheSampleWithItsPrivateMarkdownLibrary()
    {
        using var response = await _client.PostAsJsonAsync("/api/v4/samplevalid/echo", new { text = "**hi**" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var echoed = await response.Content.ReadFromJsonAsync<SampleEchoed>();
        Assert.That(echoed, Is.EqualTo(new SampleEchoed("**hi**", "<p><strong>hi</strong></p>", "SampleValid")));
    }

    [Test]
    public async Task ListenerEndpoint_SendsARequestThatTheOtherPluginHandles()
    {
        var echoed = await _client.GetFromJsonAsync<SampleEchoed>("/api/v4/samplelistener/echo?text=from%20the%20listener");

        Assert.That(echoed!.Module, Is.EqualTo("SampleValid"));
        Assert.That(echoed.Text, Is.EqualTo("from the listener"));
    }

    [Test]
    public async Task Send_FromThePlatform_ReachesTheHandlerInsideThePlugin()
    {
        var echoed = await _server.Service<ISender>().Send(new SampleEcho("platform"));

        Assert.That(echoed, Is.EqualTo(new SampleEchoed("platform", "<p>platform</p>", "SampleValid")));
    }

    [Test]
    public async Task Publish_FromThePlatform_ReachesTheHandlersInBothPlugins()
    {
        var ping = new SamplePing();

        await _server.Service<IPublisher>().Publish(ping);

        Assert.That(ping.Receipts, Is.EquivalentTo(new[] { "SampleValid", "SampleListener" }));
    }

    [Test]
    public async Task LoadContexts_KeepPluginTypesApartAndShareAbstractionsAndContracts()
    {
        await _server.Service<ISender>().Send(new SampleEcho("makes the plugin load its private *Markdown* library"));
        var modules = _server.Service<ModuleCatalog>().Modules;
        var valid = modules.Single(m => m.Module.Name == "SampleValid");
        var listener = modules.Single(m => m.Module.Name == "SampleListener");
        var validContext = AssemblyLoadContext.GetLoadContext(valid.Assembly);
        var handlerContract = valid.Assembly.GetTypes().Single(t => t.Name == "SampleEchoHandler")
            .GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>));

        Assert.Multiple(() =>
        {
            Assert.That(validContext, Is.InstanceOf<ModuleLoadContext>());
            Assert.That(validContext, Is.Not.SameAs(AssemblyLoadContext.GetLoadContext(listener.Assembly)));
            Assert.That(validContext!.Assemblies.Select(a => a.GetName().Name), Is.EquivalentTo(new[] { "Suite.SampleValid", "Markdig" }));
            Assert.That(AssemblyLoadContext.Default.Assemblies.Select(a => a.GetName().Name), Does.Not.Contain("Markdig"));

            Assert.That(valid.Module, Is.InstanceOf<ISuiteModule>(), "the plugin's module implements the host's ISuiteModule");
            Assert.That(AssemblyLoadContext.GetLoadContext(valid.Module.GetType().BaseType!.Assembly), Is.SameAs(AssemblyLoadContext.Default));
            Assert.That(handlerContract.GetGenericArguments(), Is.EqualTo(new[] { typeof(SampleEcho), typeof(SampleEchoed) }));
            Assert.That(AssemblyLoadContext.GetLoadContext(typeof(SampleEcho).Assembly), Is.SameAs(AssemblyLoadContext.Default));
        });
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json"));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
