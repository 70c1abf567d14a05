using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Teams;

/// <summary>Mattermost's team privacy and invite id routes: team and system admins only.</summary>
public sealed class TeamSettingsTests
{
    private SuiteTestServer _server = null!;
    private SignedInUser _systemAdmin = null!;
    private SignedInUser _teamAdmin = null!;
    private SignedInUser _member = null!;
    private string _teamId = "";

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync();
        var api = new SuiteApi(_server);
        _systemAdmin = await api.SignUpAndLoginAsync();
        _teamAdmin = await api.SignUpAndLoginAsync();
        _member = await api.SignUpAndLoginAsync();
        _teamId = (await SuiteApi.CreateTeamAsync(_teamAdmin.Client)).GetProperty("id").GetString()!;
        await SuiteApi.AddToTeamAsync(_teamAdmin.Client, _teamId, _member.Id);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _systemAdmin.Dispose();
        _teamAdmin.Dispose();
        _member.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<JsonElement> PrivacyAsync(SignedInUser user, string privacy, HttpStatusCode expected)
    {
        using var response = await user.Client.PutAsync($"/api/v4/teams/{_teamId}/privacy", SuiteApi.Json(new { privacy }));
        return expected == HttpStatusCode.OK ? await response.ReadJsonAsync(expected) : await response.ReadErrorAsync(expected);
    }

    private async Task<JsonElement> RegenerateAsync(SignedInUser user, HttpStatusCode expected)
    {
        using var response = await user.Client.PostAsync($"/api/v4/teams/{_teamId}/regenerate_invite_id", null);
        return expected == HttpStatusCode.OK ? await response.ReadJsonAsync(expected) : await response.ReadErrorAsync(expected);
    }

    private async Task<JsonElement> TeamAsync()
    {
        using var response = await _teamAdmin.Client.GetAsync($"/api/v4/teams/{_teamId}");
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Privacy_InviteOnly_ClosesOpenInvites_AndGivesANewInviteId_ThenOpenAgain()
    {
        var before = await PrivacyAsync(_teamAdmin, "O", HttpStatusCode.OK);

        var closed = await PrivacyAsync(_teamAdmin, "I", HttpStatusCode.OK);
        var reopened = await PrivacyAsync(_systemAdmin, "O", HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(closed.GetProperty("type").GetString(), Is.EqualTo("I"));
            Assert.That(closed.GetProperty("allow_open_invite").GetBoolean(), Is.False);
            Assert.That(closed.GetProperty("invite_id").GetString(), Is.Not.EqualTo(before.GetProperty("invite_id").GetString()));
            Assert.That(reopened.GetProperty("type").GetString(), Is.EqualTo("O"));
            Assert.That(reopened.GetProperty("allow_open_invite").GetBoolean(), Is.True);
            Assert.That(reopened.GetProperty("invite_id").GetString(), Is.EqualTo(closed.GetProperty("invite_id").GetString()));
        });
    }

    [Test]
    public async Task Privacy_RefusesOtherValuesAndPlainMembers_AndChangesNothing()
    {
        var before = await TeamAsync();

        await PrivacyAsync(_teamAdmin, "P", HttpStatusCode.BadRequest);
        await PrivacyAsync(_teamAdmin, "", HttpStatusCode.BadRequest);
        await PrivacyAsync(_member, before.GetProperty("type").GetString() == "O" ? "I" : "O", HttpStatusCode.Forbidden);

        var after = await TeamAsync();
        Assert.That(after.GetProperty("type").GetString(), Is.EqualTo(before.GetProperty("type").GetString()));
    }

    [Test]
    public async Task RegenerateInviteId_GivesANewId_ForTeamAndSystemAdminsOnly()
    {
        var before = (await TeamAsync()).GetProperty("invite_id").GetString();

        var byTeamAdmin = (await RegenerateAsync(_teamAdmin, HttpStatusCode.OK)).GetProperty("invite_id").GetString();
        var bySystemAdmin = (await RegenerateAsync(_systemAdmin, HttpStatusCode.OK)).GetProperty("invite_id").GetString();
        await RegenerateAsync(_member, HttpStatusCode.Forbidden);

        Assert.Multiple(async () =>
        {
            Assert.That(byTeamAdmin, Is.Not.EqualTo(before).And.Length.EqualTo(26));
            Assert.That(bySystemAdmin, Is.Not.EqualTo(byTeamAdmin));
            Assert.That((await TeamAsync()).GetProperty("invite_id").GetString(), Is.EqualTo(bySystemAdmin));
        });
    }
}
