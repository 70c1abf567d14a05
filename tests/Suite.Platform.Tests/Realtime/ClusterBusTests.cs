using Npgsql;
using Suite.Platform.Realtime;
using Suite.Testing;

namespace Suite.Platform.Tests.Realtime;

/// <summary>Two Suite hosts sharing one database behave as one server for WebSocket clients.</summary>
public sealed class ClusterBusTests
{
    private SuiteTestServer _first = null!;
    private SuiteTestServer _second = null!;

    [OneTimeSetUp]
    public async Task StartHosts()
    {
        _first = await SuiteTestServer.StartAsync(modules: []);
        _second = await SuiteTestServer.StartAsync(connectionString: _first.ConnectionString, modules: []);
    }

    [OneTimeTearDown]
    public async Task StopHosts()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Test]
    public async Task SmallEvent_PublishedOnOneHost_ReachesClientsOfBoth_OnceEach()
    {
        var user = await TestUsers.CreateAsync(_first);
        await using var onFirst = await MattermostSocket.ConnectAuthenticatedAsync(_first.BaseAddress, user.Token);
        await using var onSecond = await MattermostSocket.ConnectAuthenticatedAsync(_second.BaseAddress, user.Token);

        await _first.Service<IRealtimePublisher>().PublishAsync("from_first", new Dictionary<string, object> { ["n"] = 1 }, Broadcast.ToUser(user.Id));
        var received = await onSecond.NextEventAsync();

        // Published after host 2 saw the first event, so a copy of it echoed back to host 1 would arrive before this.
        await _second.Service<IRealtimePublisher>().PublishAsync("from_second", null, Broadcast.ToUser(user.Id));
        var onFirstEvents = new[] { await NextEventNameAsync(onFirst), await NextEventNameAsync(onFirst) };
        var onSecondNext = await NextEventNameAsync(onSecond);

        Assert.Multiple(() =>
        {
            Assert.That(received.GetProperty("event").GetString(), Is.EqualTo("from_first"));
            Assert.That(received.GetProperty("data").GetProperty("n").GetInt32(), Is.EqualTo(1));
            Assert.That(received.GetProperty("seq").GetInt64(), Is.GreaterThan(0), "numbered by the receiving connection after its hello (a status_change may come between)");
            Assert.That(onFirstEvents, Is.EqualTo(new[] { "from_first", "from_second" }));
            Assert.That(onSecondNext, Is.EqualTo("from_second"));
        });
    }

    [Test]
    public async Task LargeEvent_PublishedOnOneHost_TravelsThroughTheTableAndArrivesWhole()
    {
        var user = await TestUsers.CreateAsync(_first);
        await using var onSecond = await MattermostSocket.ConnectAuthenticatedAsync(_second.BaseAddress, user.Token);
        var big = string.Concat(Enumerable.Repeat("0123456789", 2_000));

        await _first.Service<IRealtimePublisher>().PublishAsync("large", new Dictionary<string, object> { ["text"] = big }, Broadcast.ToUser(user.Id));
        var received = await onSecond.EventAsync("large");

        var stored = await StoredEventsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(received.GetProperty("data").GetProperty("text").GetString(), Is.EqualTo(big));
            Assert.That(stored, Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task Audience_IsRespectedOnTheOtherHost()
    {
        var a = await TestUsers.CreateAsync(_first);
        var b = await TestUsers.CreateAsync(_first);
        var c = await TestUsers.CreateAsync(_first);
        await using var socketA = await MattermostSocket.ConnectAuthenticatedAsync(_second.BaseAddress, a.Token);
        await using var socketB = await MattermostSocket.ConnectAuthenticatedAsync(_second.BaseAddress, b.Token);
        await using var socketC = await MattermostSocket.ConnectAuthenticatedAsync(_second.BaseAddress, c.Token);
        var publisher = _first.Service<IRealtimePublisher>();

        await publisher.PublishAsync(new RealtimeEvent("posted", new Dictionary<string, object> { ["post"] = "{}" }, Broadcast.ToChannel(Ids.New(), [a.Id, b.Id]) with { OmitUsers = [b.Id] })
        {
            PerUserData = new Dictionary<string, IReadOnlyDictionary<string, object?>> { [a.Id] = new Dictionary<string, object?> { ["mentions"] = "[]" } },
        });
        await publisher.PublishAsync("marker", null, Broadcast.Everyone);

        var eventsOfA = new[] { await socketA.NextEventAsync(), await socketA.NextEventAsync() };
        var firstEventOfB = await NextEventNameAsync(socketB);
        var firstEventOfC = await NextEventNameAsync(socketC);
        Assert.Multiple(() =>
        {
            Assert.That(eventsOfA.Select(e => e.GetProperty("event").GetString()), Is.EqualTo(new[] { "posted", "marker" }));
            Assert.That(eventsOfA[0].GetProperty("data").GetProperty("mentions").GetString(), Is.EqualTo("[]"));
            Assert.That(eventsOfA[0].GetProperty("broadcast").GetProperty("omit_users").GetProperty(b.Id).GetBoolean(), Is.True);
            Assert.That(firstEventOfB, Is.EqualTo("marker"), "omitted");
            Assert.That(firstEventOfC, Is.EqualTo("marker"), "not in the audience");
        });
    }

    [Test]
    public async Task Bus_ListensAgain_AfterItsConnectionIsKilled()
    {
        var user = await TestUsers.CreateAsync(_first);
        await using var onSecond = await MattermostSocket.ConnectAuthenticatedAsync(_second.BaseAddress, user.Token);
        var bus = _second.Service<ClusterBus>();
        var listensBefore = bus.ListenCount;

        await using (var connection = new NpgsqlConnection(_first.ConnectionString))
        {
            await connection.OpenAsync();
            await using var kill = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1", connection);
            kill.Parameters.AddWithValue(bus.ListenerApplicationName);
            Assert.That(await kill.ExecuteScalarAsync(), Is.EqualTo(1L), "the listening connection was found and killed");
        }

        Assert.That(() => bus.ListenCount, Is.GreaterThan(listensBefore).After(30_000, 20));
        await _first.Service<IRealtimePublisher>().PublishAsync("after_reconnect", null, Broadcast.ToUser(user.Id));

        Assert.That(await NextEventNameAsync(onSecond), Is.EqualTo("after_reconnect"));
    }

    [Test]
    public async Task StoredEvents_OlderThanTheRetention_AreDeleted()
    {
        await using (var connection = new NpgsqlConnection(_first.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand(
                "INSERT INTO platform.cluster_events (origin, payload, create_at) VALUES ('old', '\\x7b7d', 0), ('new', '\\x7b7d', $1)", connection);
            insert.Parameters.AddWithValue(TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());
            await insert.ExecuteNonQueryAsync();
        }

        var deleted = await _first.Service<ClusterBus>().DeleteExpiredAsync(CancellationToken.None);

        await using var check = new NpgsqlConnection(_first.ConnectionString);
        await check.OpenAsync();
        await using var remaining = new NpgsqlCommand("SELECT string_agg(origin, ',') FROM platform.cluster_events WHERE origin IN ('old', 'new')", check);
        var left = await remaining.ExecuteScalarAsync();

        Assert.Multiple(() =>
        {
            Assert.That(deleted, Is.GreaterThanOrEqualTo(1));
            Assert.That(left, Is.EqualTo("new"));
        });
    }

    private async Task<long> StoredEventsAsync()
    {
        await using var connection = new NpgsqlConnection(_first.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM platform.cluster_events", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task<string?> NextEventNameAsync(MattermostSocket socket) =>
        (await socket.NextEventAsync()).GetProperty("event").GetString();
}
