using System.Net;
using Suite.Testing;

namespace Suite.Channels.Tests.Integrations;

/// <summary>A module other than Channels contributes a slash command through the Platform's contract, and it runs like a built-in.</summary>
public sealed class ModuleSlashCommandTests
{
    private SuiteTestServer _server = null!;

    [OneTimeSetUp]
    public async Task StartServer() => _server = await SuiteTestServer.StartAsync(modules: ["Channels", "SampleValid"]);

    [OneTimeTearDown]
    public async Task StopServer()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Test]
    public async Task ASampleModulesCommand_RunsThroughExecute_AndIsListedForAutocomplete()
    {
        var api = new SuiteApi(_server);
        using var owner = await api.SignUpAndLoginAsync();
        var teamId = (await SuiteApi.CreateTeamAsync(owner.Client)).Id();
        var channelId = (await owner.Client.CreateChannelAsync(teamId)).Id();

        var response = await owner.Client.SendJsonAsync(
            HttpMethod.Post, "/api/v4/commands/execute", new { command = "/sampleforecast Lisbon", channel_id = channelId, team_id = teamId }, HttpStatusCode.OK);

        Assert.That(response.Str("response_type"), Is.EqualTo("in_channel"));
        var posts = await owner.Client.PostsAsync(channelId);
        Assert.That(posts.Select(p => p.Message), Does.Contain("Sunny in Lisbon, says SampleValidModule."));
        var listed = await owner.Client.GetJsonAsync($"/api/v4/teams/{teamId}/commands/autocomplete");
        Assert.That(listed.EnumerateArray().Select(c => c.Str("trigger")), Does.Contain("sampleforecast"));
    }
}
