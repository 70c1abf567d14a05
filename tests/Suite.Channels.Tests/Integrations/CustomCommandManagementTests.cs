using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests.Integrations;

/// <summary>Reading, changing and re-keying one custom command, and the autocomplete list.</summary>
public sealed class CustomCommandManagementTests : IntegrationsFixture
{
    private static string Trigger() => "cmd" + Guid.NewGuid().ToString("N")[..8];

    private async Task<JsonElement> CreateCommandAsync(HttpClient? client = null, string? trigger = null, bool autoComplete = false) =>
        await (client ?? Owner.Client).SendJsonAsync(
            HttpMethod.Post,
            "/api/v4/commands",
            new { team_id = TeamId, trigger = trigger ?? Trigger(), url = "http://127.0.0.1:1/x", method = "P", auto_complete = autoComplete, auto_complete_desc = "does things", display_name = "Thing" },
            HttpStatusCode.Created);

    /// <summary>A team member who created a command while team admin and has since been made a plain member.</summary>
    private async Task<(SignedInUser Creator, JsonElement Command)> DemotedCreatorAsync()
    {
        var creator = await TeamMemberAsync();
        await Server.ExecuteAsync("UPDATE platform.team_members SET scheme_admin = true WHERE team_id = @team AND user_id = @user", ("team", TeamId), ("user", creator.Id));
        var command = await CreateCommandAsync(creator.Client);
        await Server.ExecuteAsync("UPDATE platform.team_members SET scheme_admin = false WHERE team_id = @team AND user_id = @user", ("team", TeamId), ("user", creator.Id));
        return (creator, command);
    }

    [Test]
    public async Task GetCommand_ByTeamAdminOrCreator_ReturnsItWithItsToken()
    {
        var (creator, command) = await DemotedCreatorAsync();
        using var _ = creator;

        var byAdmin = await Owner.Client.GetJsonAsync($"/api/v4/commands/{command.Id()}");
        var byCreator = await creator.Client.GetJsonAsync($"/api/v4/commands/{command.Id()}");

        Assert.That(byAdmin.Str("token"), Is.EqualTo(command.Str("token")));
        Assert.That(byCreator.Str("trigger"), Is.EqualTo(command.Str("trigger")));
        Assert.That(byCreator.Str("url"), Is.EqualTo("http://127.0.0.1:1/x"));
    }

    [Test]
    public async Task GetCommand_ByAnotherMemberOrAnOutsider_IsNotFound_AndABadIdIsBadRequest()
    {
        var command = await CreateCommandAsync();
        using var member = await TeamMemberAsync();
        using var outsider = await Api.SignUpAndLoginAsync();

        await member.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/commands/{command.Id()}", null, HttpStatusCode.NotFound, "api.command.get.app_error");
        await outsider.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/commands/{command.Id()}", null, HttpStatusCode.NotFound);
        await Owner.Client.SendErrorAsync(HttpMethod.Get, "/api/v4/commands/nope", null, HttpStatusCode.BadRequest);
        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/commands/{new string('a', 26)}", null, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task UpdateCommand_ReplacesItsSettings_KeepingTokenCreatorAndTeam()
    {
        var command = await CreateCommandAsync();
        var renamed = Trigger();

        var updated = await Owner.Client.SendJsonAsync(
            HttpMethod.Put,
            $"/api/v4/commands/{command.Id()}",
            new { id = command.Id(), team_id = TeamId, trigger = renamed.ToUpperInvariant(), url = "https://example.com/cmd", method = "G", auto_complete = true, description = "new" });

        Assert.Multiple(() =>
        {
            Assert.That(updated.Str("trigger"), Is.EqualTo(renamed));
            Assert.That(updated.Str("url"), Is.EqualTo("https://example.com/cmd"));
            Assert.That(updated.Str("method"), Is.EqualTo("G"));
            Assert.That(updated.GetProperty("auto_complete").GetBoolean(), Is.True);
            Assert.That(updated.Str("token"), Is.EqualTo(command.Str("token")));
            Assert.That(updated.Str("creator_id"), Is.EqualTo(Owner.Id));
            Assert.That(updated.GetProperty("update_at").GetInt64(), Is.GreaterThanOrEqualTo(command.GetProperty("update_at").GetInt64()));
        });
        var stored = await Owner.Client.GetJsonAsync($"/api/v4/commands/{command.Id()}");
        Assert.That(stored.Str("trigger"), Is.EqualTo(renamed));
    }

    [Test]
    public async Task UpdateCommand_ByItsDemotedCreator_IsAllowed_ByAnotherMember_IsForbidden()
    {
        var (creator, command) = await DemotedCreatorAsync();
        using var _ = creator;
        using var member = await TeamMemberAsync();
        var body = new { team_id = TeamId, trigger = Trigger(), url = "http://127.0.0.1:2/y", method = "P" };

        await member.Client.SendErrorAsync(HttpMethod.Put, $"/api/v4/commands/{command.Id()}", body, HttpStatusCode.Forbidden);
        var stillSame = await Owner.Client.GetJsonAsync($"/api/v4/commands/{command.Id()}");
        Assert.That(stillSame.Str("trigger"), Is.EqualTo(command.Str("trigger")));

        var updated = await creator.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/commands/{command.Id()}", body);
        Assert.That(updated.Str("url"), Is.EqualTo("http://127.0.0.1:2/y"));
    }

    [TestCase("{\"trigger\":\"\",\"url\":\"http://127.0.0.1:1/x\",\"method\":\"P\"}")]
    [TestCase("{\"trigger\":\"/slash\",\"url\":\"http://127.0.0.1:1/x\",\"method\":\"P\"}")]
    [TestCase("{\"trigger\":\"ok\",\"url\":\"ftp://x\",\"method\":\"P\"}")]
    [TestCase("{\"trigger\":\"ok\",\"url\":\"http://127.0.0.1:1/x\",\"method\":\"X\"}")]
    [TestCase("{\"trigger\":\"echo\",\"url\":\"http://127.0.0.1:1/x\",\"method\":\"P\"}")]
    [TestCase("{\"id\":\"aaaaaaaaaaaaaaaaaaaaaaaaaa\",\"trigger\":\"ok\",\"url\":\"http://127.0.0.1:1/x\",\"method\":\"P\"}")]
    [TestCase("{\"team_id\":\"OTHERTEAM\",\"trigger\":\"ok\",\"url\":\"http://127.0.0.1:1/x\",\"method\":\"P\"}")]
    [TestCase("{\"trigger\":")]
    public async Task UpdateCommand_WithBadInput_IsBadRequest_AndChangesNothing(string body)
    {
        var command = await CreateCommandAsync();
        var otherTeam = (await SuiteApi.CreateTeamAsync(Owner.Client)).Id();
        using var content = SuiteApi.Raw(body.Replace("OTHERTEAM", otherTeam, StringComparison.Ordinal));

        using var response = await Owner.Client.PutAsync($"/api/v4/commands/{command.Id()}", content);

        await response.ReadErrorAsync(HttpStatusCode.BadRequest);
        var stored = await Owner.Client.GetJsonAsync($"/api/v4/commands/{command.Id()}");
        Assert.That(stored.Str("trigger"), Is.EqualTo(command.Str("trigger")));
        Assert.That(stored.Str("team_id"), Is.EqualTo(TeamId));
    }

    [Test]
    public async Task UpdateCommand_ToAnotherCommandsTrigger_IsBadRequest()
    {
        var first = await CreateCommandAsync();
        var second = await CreateCommandAsync();

        await Owner.Client.SendErrorAsync(
            HttpMethod.Put,
            $"/api/v4/commands/{second.Id()}",
            new { team_id = TeamId, trigger = first.Str("trigger"), url = "http://127.0.0.1:1/x", method = "P" },
            HttpStatusCode.BadRequest,
            "api.command.duplicate_trigger.app_error");
    }

    [Test]
    public async Task RegenToken_GivesANewTokenThatIsStored_AndIsForbiddenToOtherMembers()
    {
        var command = await CreateCommandAsync();
        using var member = await TeamMemberAsync();

        await member.Client.SendErrorAsync(HttpMethod.Put, $"/api/v4/commands/{command.Id()}/regen_token", null, HttpStatusCode.Forbidden);
        var regenerated = await Owner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/commands/{command.Id()}/regen_token", null);

        Assert.That(regenerated.Str("token"), Has.Length.EqualTo(26).And.Not.EqualTo(command.Str("token")));
        var stored = await Owner.Client.GetJsonAsync($"/api/v4/commands/{command.Id()}");
        Assert.That(stored.Str("token"), Is.EqualTo(regenerated.Str("token")));
    }

    [Test]
    public async Task Autocomplete_ListsBuiltInsAndAutocompletingCustomCommands_WithoutSecrets()
    {
        var offered = await CreateCommandAsync(autoComplete: true);
        var hidden = await CreateCommandAsync(autoComplete: false);
        using var member = await TeamMemberAsync();

        var list = await member.Client.GetJsonAsync($"/api/v4/teams/{TeamId}/commands/autocomplete");

        var triggers = list.EnumerateArray().Select(c => c.Str("trigger")).ToList();
        Assert.That(triggers, Does.Contain("echo").And.Contain("msg").And.Contain(offered.Str("trigger")).And.Not.Contain(hidden.Str("trigger")));
        var custom = list.EnumerateArray().Single(c => c.Str("trigger") == offered.Str("trigger"));
        Assert.That(custom.Str("token"), Is.Empty);
        Assert.That(custom.Str("url"), Is.Empty);
        Assert.That(custom.Str("auto_complete_desc"), Is.EqualTo("does things"));
    }

    [Test]
    public async Task Autocomplete_ForAnOutsider_IsForbidden()
    {
        using var outsider = await Api.SignUpAndLoginAsync();

        await outsider.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/teams/{TeamId}/commands/autocomplete", null, HttpStatusCode.Forbidden);
    }
}
