using Suite.Platform.Tests.Realtime;
using Suite.Testing;
using static Suite.Platform.Tests.Presence.PresenceApi;

namespace Suite.Platform.Tests.Presence;

/// <summary><c>Suite:Presence:StatusChangeAudience = User</c>: Mattermost's audience, the user's own connections only.</summary>
public sealed class StatusChangeAudienceTests
{
    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync(modules: [], settings: new Dictionary<string, string?> { ["Suite:Presence:StatusChangeAudience"] = "User" });
        _api = new SuiteApi(_server);
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task StatusChange_ReachesOnlyTheUser()
    {
        using var alice = await _api.SignUpAndLoginAsync();
        using var teammate = await _api.SignUpAndLoginAsync();
        var team = await SuiteApi.CreateTeamAsync(alice.Client);
        await SuiteApi.AddToTeamAsync(alice.Client, team.GetProperty("id").GetString()!, teammate.Id);
        await SetStatusAsync(alice.Client, alice.Id, "online");
        await SetStatusAsync(teammate.Client, teammate.Id, "away");
        await using var aliceSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, alice.Token);
        await using var teammateSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, teammate.Token);

        await SetStatusAsync(alice.Client, alice.Id, "dnd");
        await SetStatusAsync(teammate.Client, teammate.Id, "offline");

        var seenByAlice = (await aliceSocket.EventAsync("status_change")).GetProperty("data");
        var seenByTeammate = (await teammateSocket.EventAsync("status_change")).GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(seenByAlice.GetProperty("user_id").GetString(), Is.EqualTo(alice.Id));
            Assert.That(seenByTeammate.GetProperty("user_id").GetString(), Is.EqualTo(teammate.Id), "the teammate's first status_change is its own");
        });
    }
}

/// <summary><c>Suite:Presence:TeammateAudienceLimit</c>: in a team larger than the limit, teammates are no longer told.</summary>
[TestFixture(1, false)]
[TestFixture(2, true)]
public sealed class TeammateAudienceLimitTests(int limit, bool teammatesTold)
{
    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync(
            modules: [],
            settings: new Dictionary<string, string?> { ["Suite:Presence:TeammateAudienceLimit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        _api = new SuiteApi(_server);
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task StatusChange_ReachesTeammatesOnlyWhileTheTeamIsWithinTheLimit()
    {
        using var alice = await _api.SignUpAndLoginAsync();
        using var teammate = await _api.SignUpAndLoginAsync();
        using var another = await _api.SignUpAndLoginAsync();
        var teamId = (await SuiteApi.CreateTeamAsync(alice.Client)).GetProperty("id").GetString()!;
        await SuiteApi.AddToTeamAsync(alice.Client, teamId, teammate.Id);
        await SuiteApi.AddToTeamAsync(alice.Client, teamId, another.Id);
        await SetStatusAsync(alice.Client, alice.Id, "online");
        await SetStatusAsync(teammate.Client, teammate.Id, "away");
        await using var teammateSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, teammate.Token);

        await SetStatusAsync(alice.Client, alice.Id, "dnd");
        await SetStatusAsync(teammate.Client, teammate.Id, "offline");

        var first = (await teammateSocket.EventAsync("status_change")).GetProperty("data").GetProperty("user_id").GetString();
        Assert.That(first, Is.EqualTo(teammatesTold ? alice.Id : teammate.Id), $"two teammates against a limit of {limit}");
    }
}
