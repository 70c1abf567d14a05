using Suite.Platform.Presence;
using Suite.Platform.Tests.Realtime;
using Suite.Testing;
using static Suite.Platform.Tests.Presence.PresenceApi;

namespace Suite.Platform.Tests.Presence;

/// <summary>Two processes sharing one database: a user is offline only when no process holds a connection of theirs.</summary>
public sealed class ClusterPresenceTests
{
    private SuiteTestServer _first = null!;
    private SuiteTestServer _second = null!;
    private SuiteApi _api = null!;

    [OneTimeSetUp]
    public async Task StartTwoHosts()
    {
        _first = await SuiteTestServer.StartAsync(modules: []);
        _second = await SuiteTestServer.StartAsync(connectionString: _first.ConnectionString, modules: []);
        _api = new SuiteApi(_first);
    }

    [OneTimeTearDown]
    public async Task StopHosts()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Test]
    public async Task ClosingTheConnectionOnOneProcess_KeepsTheUserOnline_WhileAnotherProcessHoldsOne()
    {
        using var user = await _api.SignUpAndLoginAsync();
        var onFirst = await MattermostSocket.ConnectAsync(_first.BaseAddress, bearerToken: user.Token);
        var onSecond = await MattermostSocket.ConnectAsync(_second.BaseAddress, bearerToken: user.Token);
        await Eventually.HoldsAsync(async () => await ConnectionRowsAsync(_first, user.Id) == 2, "both processes record the connection");
        await WaitForStatusAsync(user.Client, user.Id, "online");

        await onFirst.DisposeAsync();
        await Eventually.HoldsAsync(async () => await ConnectionRowsAsync(_first, user.Id) == 1, "the first process removes its connection");
        Assert.That((await GetStatusAsync(user.Client, user.Id)).GetProperty("status").GetString(), Is.EqualTo("online"));

        await onSecond.DisposeAsync();
        await WaitForStatusAsync(user.Client, user.Id, "offline");
    }

    [Test]
    public async Task StoppingAProcess_MakesItsUsersOffline_UnlessConnectedElsewhere()
    {
        using var onlyThere = await _api.SignUpAndLoginAsync();
        using var alsoHere = await _api.SignUpAndLoginAsync();
        var third = await SuiteTestServer.StartAsync(connectionString: _first.ConnectionString, modules: []);
        await using var kept = await MattermostSocket.ConnectAsync(_first.BaseAddress, bearerToken: alsoHere.Token);
        var lostA = await MattermostSocket.ConnectAsync(third.BaseAddress, bearerToken: onlyThere.Token);
        var lostB = await MattermostSocket.ConnectAsync(third.BaseAddress, bearerToken: alsoHere.Token);
        await Eventually.HoldsAsync(async () => await ConnectionRowsAsync(_first, onlyThere.Id) == 1 && await ConnectionRowsAsync(_first, alsoHere.Id) == 2, "the connections are recorded");

        await third.DisposeAsync();
        await lostA.DisposeAsync();
        await lostB.DisposeAsync();

        await WaitForStatusAsync(onlyThere.Client, onlyThere.Id, "offline");
        Assert.That(await ConnectionRowsAsync(_first, alsoHere.Id), Is.EqualTo(1));
        Assert.That((await GetStatusAsync(alsoHere.Client, alsoHere.Id)).GetProperty("status").GetString(), Is.EqualTo("online"));
    }

    [Test]
    public async Task AProcessThatStoppedBeating_NoLongerKeepsItsUsersOnline()
    {
        using var user = await _api.SignUpAndLoginAsync();
        await _first.ExecuteAsync(
            """
            INSERT INTO platform.statuses (user_id, status, last_activity_at) VALUES (@id, 'online', 1);
            INSERT INTO platform.presence_processes (process_id, heartbeat_at) VALUES ('ghost' || @id, 1);
            INSERT INTO platform.presence_connections (user_id, process_id) VALUES (@id, 'ghost' || @id);
            """,
            ("id", user.Id));

        await _first.Service<PresenceSweep>().SweepAsync(CancellationToken.None);

        Assert.That((await GetStatusAsync(user.Client, user.Id)).GetProperty("status").GetString(), Is.EqualTo("offline"));
        Assert.That(await ConnectionRowsAsync(_first, user.Id), Is.Zero);
    }
}
