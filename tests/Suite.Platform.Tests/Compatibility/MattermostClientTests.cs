using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Compatibility;

/// <summary>
/// Mattermost's own JavaScript client (<c>@mattermost/client</c>, installed by build/test.sh into
/// tests/client-compat) drives a real Suite server, unmodified.
/// </summary>
public sealed class MattermostClientTests
{
    private SuiteTestServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost() => _server = await SuiteTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task Client4_SignsUpLogsInReadsMeCreatesAndListsATeam()
    {
        var (exitCode, output, error) = await NodeScripts.RunAsync("client-compat", "@mattermost/client", "smoke.mjs", TimeSpan.FromSeconds(60), _server.BaseAddress.ToString().TrimEnd('/'));

        Assert.That(exitCode, Is.Zero, $"the client failed: {error}");
        using var seen = JsonDocument.Parse(output);
        var root = seen.RootElement;
        var userId = root.GetProperty("createdId").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(userId, Has.Length.EqualTo(26));
            Assert.That(root.GetProperty("loggedInId").GetString(), Is.EqualTo(userId));
            Assert.That(root.GetProperty("meId").GetString(), Is.EqualTo(userId));
            Assert.That(root.GetProperty("tokenSet").GetBoolean(), Is.True, "Client4 takes its token from the Token header");
            Assert.That(root.GetProperty("myTeamIds").EnumerateArray().Select(t => t.GetString()), Does.Contain(root.GetProperty("teamId").GetString()));
            Assert.That(root.GetProperty("byNameId").GetString(), Is.EqualTo(root.GetProperty("teamId").GetString()));
        });
    }


}
