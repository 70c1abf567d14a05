using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Teams;

public sealed class TeamMembershipTests
{
    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;
    private SignedInUser _admin = null!;
    private SignedInUser _teamAdmin = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync();
        _api = new SuiteApi(_server);
        _admin = await _api.SignUpAndLoginAsync();
        _teamAdmin = await _api.SignUpAndLoginAsync();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        _teamAdmin.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Join_OpenTeamYourself_Returns201AsPlainMember()
    {
        var team = await TeamAsync("O");
        using var user = await _api.SignUpAndLoginAsync();

        var member = await SuiteApi.AddToTeamAsync(user.Client, team, user.Id);

        Assert.Multiple(() =>
        {
            Assert.That(member.GetProperty("team_id").GetString(), Is.EqualTo(team));
            Assert.That(member.GetProperty("user_id").GetString(), Is.EqualTo(user.Id));
            Assert.That(member.GetProperty("roles").GetString(), Is.EqualTo("team_user"));
            Assert.That(member.GetProperty("delete_at").GetInt64(), Is.Zero);
            Assert.That(member.GetProperty("scheme_user").GetBoolean(), Is.True);
            Assert.That(member.GetProperty("scheme_admin").GetBoolean(), Is.False);
            Assert.That(member.GetProperty("scheme_guest").GetBoolean(), Is.False);
            Assert.That(member.GetProperty("explicit_roles").GetString(), Is.Empty);
        });
    }

    [Test]
    public async Task Join_TwiceYourself_KeepsOneMembership()
    {
        var team = await TeamAsync("O");
        using var user = await _api.SignUpAndLoginAsync();
        await SuiteApi.AddToTeamAsync(user.Client, team, user.Id);

        await SuiteApi.AddToTeamAsync(user.Client, team, user.Id);

        Assert.That(await Stats(team, "total_member_count"), Is.EqualTo(2));
    }

    [Test]
    public async Task Join_InviteOnlyTeamYourself_Returns403AndAddsNothing()
    {
        var team = await TeamAsync("I");
        using var user = await _api.SignUpAndLoginAsync();

        using var response = await user.Client.PostAsync($"/api/v4/teams/{team}/members", SuiteApi.Json(new { team_id = team, user_id = user.Id }));

        await response.ReadErrorAsync(HttpStatusCode.Forbidden, "api.context.permissions.app_error");
        Assert.That(await _server.ScalarAsync<long>("SELECT count(*) FROM platform.team_members WHERE team_id = @team AND user_id = @user", ("team", team), ("user", user.Id)), Is.Zero);
    }

    [Test]
    public async Task Add_SomeoneToInviteOnlyTeam_AsTeamAdmin_Returns201()
    {
        var team = await TeamAsync("I");
        using var user = await _api.SignUpAndLoginAsync();

        await SuiteApi.AddToTeamAsync(_teamAdmin.Client, team, user.Id);

        using var teamRead = await user.Client.GetAsync($"/api/v4/teams/{team}");
        await teamRead.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Add_SomeoneToInviteOnlyTeam_AsSystemAdminOutsideIt_Returns201()
    {
        var team = await TeamAsync("I");
        var user = await _api.SignUpAsync();

        var member = await SuiteApi.AddToTeamAsync(_admin.Client, team, user.Id);

        Assert.That(member.GetProperty("user_id").GetString(), Is.EqualTo(user.Id));
    }

    [TestCase("O")]
    [TestCase("I")]
    public async Task Add_SomeoneElse_AsPlainMember_Returns403(string type)
    {
        var team = await TeamAsync(type);
        using var member = await MemberAsync(team);
        var other = await _api.SignUpAsync();

        using var response = await member.Client.PostAsync($"/api/v4/teams/{team}/members", SuiteApi.Json(new { team_id = team, user_id = other.Id }));

        await response.ReadErrorAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Add_SomeoneElse_AsOutsiderOfOpenTeam_Returns403()
    {
        var team = await TeamAsync("O");
        using var outsider = await _api.SignUpAndLoginAsync();
        var other = await _api.SignUpAsync();

        using var response = await outsider.Client.PostAsync($"/api/v4/teams/{team}/members", SuiteApi.Json(new { team_id = team, user_id = other.Id }));

        await response.ReadErrorAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Add_DeactivatedUser_Returns400()
    {
        var team = await TeamAsync("O");
        var user = await _api.SignUpAsync();
        using var deactivate = await _admin.Client.DeleteAsync($"/api/v4/users/{user.Id}");
        await deactivate.ReadJsonAsync(HttpStatusCode.OK);

        using var response = await _teamAdmin.Client.PostAsync($"/api/v4/teams/{team}/members", SuiteApi.Json(new { team_id = team, user_id = user.Id }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Add_WithTeamIdDifferentFromTheUrl_Returns400()
    {
        var team = await TeamAsync("O");
        var other = await TeamAsync("O");
        using var user = await _api.SignUpAndLoginAsync();

        using var response = await user.Client.PostAsync($"/api/v4/teams/{team}/members", SuiteApi.Json(new { team_id = other, user_id = user.Id }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");
    }

    [TestCase("{")]
    [TestCase("{\"user_id\":7}")]
    [TestCase("{\"user_id\":\"not-an-id\"}")]
    public async Task Add_WithBadBody_Returns400AndAddsNothing(string body)
    {
        var team = await TeamAsync("O");

        using var response = await _teamAdmin.Client.PostAsync($"/api/v4/teams/{team}/members", SuiteApi.Raw(body));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest);
        Assert.That(await Stats(team, "total_member_count"), Is.EqualTo(1));
    }

    [Test]
    public async Task Leave_Yourself_ReturnsOkAndEndsAccess()
    {
        var team = await TeamAsync("I");
        using var member = await MemberAsync(team);

        using var response = await member.Client.DeleteAsync($"/api/v4/teams/{team}/members/me");

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString(), Is.EqualTo("OK"));
        using var members = await member.Client.GetAsync($"/api/v4/teams/{team}/members");
        await members.ReadErrorAsync(HttpStatusCode.Forbidden);
        using var left = await _teamAdmin.Client.GetAsync($"/api/v4/teams/{team}/members/{member.Id}");
        Assert.That((await left.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("delete_at").GetInt64(), Is.GreaterThan(0));
    }

    [Test]
    public async Task Rejoin_AfterLeaving_RestoresPlainMembership()
    {
        var team = await TeamAsync("O");
        using var member = await MemberAsync(team);
        using var leave = await member.Client.DeleteAsync($"/api/v4/teams/{team}/members/{member.Id}");
        await leave.ReadJsonAsync(HttpStatusCode.OK);

        var rejoined = await SuiteApi.AddToTeamAsync(member.Client, team, member.Id);

        Assert.That(rejoined.GetProperty("delete_at").GetInt64(), Is.Zero);
        Assert.That(rejoined.GetProperty("roles").GetString(), Is.EqualTo("team_user"));
    }

    [Test]
    public async Task Remove_SomeoneElse_AsPlainMember_Returns403AndKeepsThem()
    {
        var team = await TeamAsync("O");
        using var member = await MemberAsync(team);
        using var victim = await MemberAsync(team);

        using var response = await member.Client.DeleteAsync($"/api/v4/teams/{team}/members/{victim.Id}");

        await response.ReadErrorAsync(HttpStatusCode.Forbidden);
        using var stillThere = await victim.Client.GetAsync($"/api/v4/teams/{team}/members");
        await stillThere.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Remove_SomeoneElse_AsTeamAdmin_RemovesThem()
    {
        var team = await TeamAsync("O");
        using var member = await MemberAsync(team);

        using var response = await _teamAdmin.Client.DeleteAsync($"/api/v4/teams/{team}/members/{member.Id}");

        await response.ReadJsonAsync(HttpStatusCode.OK);
        using var list = await _teamAdmin.Client.GetAsync($"/api/v4/teams/{team}/members");
        Assert.That(UserIds(await list.ReadJsonAsync(HttpStatusCode.OK)), Is.EqualTo(new[] { _teamAdmin.Id }));
    }

    [Test]
    public async Task Remove_SomeoneWhoIsNotAMember_AsTeamAdmin_Returns404()
    {
        var team = await TeamAsync("O");
        var stranger = await _api.SignUpAsync();

        using var response = await _teamAdmin.Client.DeleteAsync($"/api/v4/teams/{team}/members/{stranger.Id}");

        await response.ReadErrorAsync(HttpStatusCode.NotFound, "app.team.get_member.missing.app_error");
    }

    [Test]
    public async Task Members_AsMember_ListsActiveMembersWithPaging()
    {
        var team = await TeamAsync("O");
        using var first = await MemberAsync(team);
        using var second = await MemberAsync(team);

        using var all = await first.Client.GetAsync($"/api/v4/teams/{team}/members");
        using var page = await first.Client.GetAsync($"/api/v4/teams/{team}/members?page=1&per_page=2");

        var everyone = UserIds(await all.ReadJsonAsync(HttpStatusCode.OK));
        Assert.That(everyone, Is.EquivalentTo(new[] { _teamAdmin.Id, first.Id, second.Id }));
        Assert.That(UserIds(await page.ReadJsonAsync(HttpStatusCode.OK)), Is.EqualTo(everyone.Skip(2)));
    }

    [Test]
    public async Task TeamReads_AsOutsider_Return403()
    {
        var team = await TeamAsync("O");
        using var outsider = await _api.SignUpAndLoginAsync();

        using var members = await outsider.Client.GetAsync($"/api/v4/teams/{team}/members");
        using var member = await outsider.Client.GetAsync($"/api/v4/teams/{team}/members/{_teamAdmin.Id}");
        using var stats = await outsider.Client.GetAsync($"/api/v4/teams/{team}/stats");

        foreach (var response in new[] { members, member, stats })
        {
            await response.ReadErrorAsync(HttpStatusCode.Forbidden, "api.context.permissions.app_error");
        }
    }

    [Test]
    public async Task TeamReads_AsSystemAdminOutsideTheTeam_Succeed()
    {
        var team = await TeamAsync("I");

        using var members = await _admin.Client.GetAsync($"/api/v4/teams/{team}/members");

        Assert.That(UserIds(await members.ReadJsonAsync(HttpStatusCode.OK)), Is.EqualTo(new[] { _teamAdmin.Id }));
    }

    [TestCase("GET", "members")]
    [TestCase("GET", "stats")]
    [TestCase("POST", "members")]
    [TestCase("DELETE", "members/ybndrfg8ejkmcpqxot1uwisza3")]
    public async Task TeamCalls_WithoutSession_Return401(string method, string path)
    {
        var team = await TeamAsync("O");
        using var anonymous = _api.Anonymous();
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/v4/teams/{team}/{path}");
        if (method == "POST")
        {
            request.Content = SuiteApi.Json(new { team_id = team, user_id = _teamAdmin.Id });
        }

        using var response = await anonymous.SendAsync(request);

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Stats_CountMembersAndActiveAccounts()
    {
        var team = await TeamAsync("O");
        using var active = await MemberAsync(team);
        using var deactivated = await MemberAsync(team);
        using var leaver = await MemberAsync(team);
        using var deactivate = await _admin.Client.DeleteAsync($"/api/v4/users/{deactivated.Id}");
        await deactivate.ReadJsonAsync(HttpStatusCode.OK);
        using var leave = await leaver.Client.DeleteAsync($"/api/v4/teams/{team}/members/me");
        await leave.ReadJsonAsync(HttpStatusCode.OK);

        using var response = await active.Client.GetAsync($"/api/v4/teams/{team}/stats");

        var stats = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(stats.GetProperty("team_id").GetString(), Is.EqualTo(team));
        Assert.That(stats.GetProperty("total_member_count").GetInt64(), Is.EqualTo(3));
        Assert.That(stats.GetProperty("active_member_count").GetInt64(), Is.EqualTo(2));
    }

    private async Task<string> TeamAsync(string type) =>
        (await SuiteApi.CreateTeamAsync(_teamAdmin.Client, type: type)).GetProperty("id").GetString()!;

    private async Task<SignedInUser> MemberAsync(string teamId)
    {
        var user = await _api.SignUpAndLoginAsync();
        await SuiteApi.AddToTeamAsync(_teamAdmin.Client, teamId, user.Id);
        return user;
    }

    private async Task<long> Stats(string teamId, string field)
    {
        using var response = await _teamAdmin.Client.GetAsync($"/api/v4/teams/{teamId}/stats");
        return (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty(field).GetInt64();
    }

    private static string[] UserIds(JsonElement members) => members.EnumerateArray().Select(m => m.GetProperty("user_id").GetString()!).ToArray();
}
