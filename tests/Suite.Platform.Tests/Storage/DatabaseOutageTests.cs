using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Npgsql;
using Suite.Platform.Storage;
using Suite.Testing;

namespace Suite.Platform.Tests.Storage;

/// <summary>A host keeps running while its PostgreSQL goes away, and serves again when it is back.</summary>
public sealed class DatabaseOutageTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private string _directory = null!;
    private EmbeddedPostgres _postgres = null!;
    private TcpRelay _relay = null!;
    private SuiteTestServer _direct = null!;
    private SuiteTestServer _relayed = null!;
    private HttpClient _client = null!;
    private HttpClient _relayedClient = null!;

    [OneTimeSetUp]
    public async Task StartPostgresAndHosts()
    {
        _directory = TestDirectories.Create("outage");
        _postgres = await TestPostgres.StartPrivateAsync(_directory);
        await using (var admin = new NpgsqlConnection(_postgres.ConnectionString()))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE suite", admin);
            await create.ExecuteNonQueryAsync();
        }

        _relay = new TcpRelay(_postgres.Port);
        _direct = await SuiteTestServer.StartAsync(_postgres.ConnectionString("suite"), modules: []);
        _relayed = await SuiteTestServer.StartAsync(
            new NpgsqlConnectionStringBuilder(_postgres.ConnectionString("suite")) { Port = _relay.Port }.ConnectionString, modules: []);
        _client = _direct.CreateClient();
        _relayedClient = _relayed.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopEverything()
    {
        _client.Dispose();
        _relayedClient.Dispose();
        await _direct.DisposeAsync();
        await _relayed.DisposeAsync();
        await _relay.DisposeAsync();
        await _postgres.StopAsync();
        TestDirectories.Delete(_directory);
    }

    [Test]
    public async Task Requests_WhenPostgresStopsAndComesBack_Answer503ThenRecoverWithoutRestartingSuite()
    {
        Assert.That((await SignedRequestAsync(_client)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await _postgres.StopAsync();
        try
        {
            using (var down = await SignedRequestAsync(_client))
            {
                await AssertDatabaseUnavailableAsync(down);
            }

            using (var readiness = await _client.GetAsync("/readyz"))
            using (var liveness = await _client.GetAsync("/healthz"))
            using (var plainPing = await _client.GetAsync("/api/v4/system/ping"))
            {
                Assert.That(readiness.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "/readyz");
                Assert.That(liveness.StatusCode, Is.EqualTo(HttpStatusCode.OK), "/healthz: the process itself is fine");
                Assert.That(plainPing.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a plain ping does not look at the database");
            }

            using (var ping = await _client.GetAsync("/api/v4/system/ping?get_server_status=true"))
            {
                using var body = JsonDocument.Parse(await ping.Content.ReadAsStringAsync());
                Assert.That(ping.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
                Assert.That(body.RootElement.GetProperty("status").GetString(), Is.EqualTo("UNHEALTHY"));
                Assert.That(body.RootElement.GetProperty("database_status").GetString(), Is.EqualTo("UNHEALTHY"));
                Assert.That(ping.Headers.GetValues("database_status").Single(), Is.EqualTo("UNHEALTHY"));
            }

            using (var restPing = await _client.GetAsync("/api/v4/system/ping?get_server_status=true&use_rest_semantics=true"))
            {
                Assert.That(restPing.StatusCode, Is.EqualTo(HttpStatusCode.OK), "use_rest_semantics reports through the body only");
            }
        }
        finally
        {
            await _postgres.RestartAsync();
        }

        await EventuallyAsync(async () =>
        {
            using var response = await SignedRequestAsync(_client);
            return response.StatusCode == HttpStatusCode.OK;
        });
        using var ready = await _client.GetAsync("/readyz");
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Readyz_AfterPostgresRestartedWhileIdle_AnswersReadyAtOnce()
    {
        await FillPoolAsync(_direct);

        await _postgres.RestartAsync();

        using var ready = await _client.GetAsync("/readyz");
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a stale pooled connection is not an unreachable database");
    }

    [Test]
    public async Task Requests_AfterPostgresRestartedWhileIdle_FailAtMostOnce()
    {
        await FillPoolAsync(_direct);

        await _postgres.RestartAsync();

        var statuses = await SequentialStatusesAsync(_client, 3);
        Assert.That(statuses.Count(s => s != HttpStatusCode.OK), Is.LessThanOrEqualTo(1), string.Join(", ", statuses));
        Assert.That(statuses[^1], Is.EqualTo(HttpStatusCode.OK)); TestContext.Out.WriteLine("STATUSES " + string.Join(",", statuses));
    }

    [Test]
    public async Task Requests_AfterTheNetworkDroppedEveryConnection_FailAtMostOnce()
    {
        await FillPoolAsync(_relayed);

        _relay.ResetAll();

        var statuses = await SequentialStatusesAsync(_relayedClient, 3);
        Assert.That(statuses.Count(s => s != HttpStatusCode.OK), Is.LessThanOrEqualTo(1), string.Join(", ", statuses));
        Assert.That(statuses[^1], Is.EqualTo(HttpStatusCode.OK)); TestContext.Out.WriteLine("STATUSES " + string.Join(",", statuses));
    }

    private static async Task AssertDatabaseUnavailableAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), text);
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json"));
            Assert.That(body.RootElement.GetProperty("id").GetString(), Is.EqualTo("api.context.database_unavailable.app_error"));
            Assert.That(body.RootElement.GetProperty("status_code").GetInt32(), Is.EqualTo(503));
            Assert.That(body.RootElement.GetProperty("request_id").GetString(), Is.EqualTo(response.Headers.GetValues("X-Request-Id").Single()));
            Assert.That(text, Does.Not.Contain("Npgsql").And.Not.Contain("127.0.0.1"), "no internals leak");
        });
    }

    // A presented token makes the session middleware look it up in the database, on any endpoint.
    private static Task<HttpResponseMessage> SignedRequestAsync(HttpClient client)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v4/modules");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "unknowntoken0000000000000a");
        return client.SendAsync(request);
    }

    private static async Task<List<HttpStatusCode>> SequentialStatusesAsync(HttpClient client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await SignedRequestAsync(client);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    // Several physical connections left idle in the host's pool, as after a burst of requests.
    private static async Task FillPoolAsync(SuiteTestServer server)
    {
        var db = server.Service<NpgsqlDataSource>();
        var connections = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => db.OpenConnectionAsync().AsTask()));
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }
}
