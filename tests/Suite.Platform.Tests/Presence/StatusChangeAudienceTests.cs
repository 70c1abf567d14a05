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
