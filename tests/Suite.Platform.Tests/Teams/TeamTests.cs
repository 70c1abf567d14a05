using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Teams;

public sealed class TeamTests
{
    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;
    private SignedInUser _admin = null!;
    private SignedInUser _owner = null!;
    private SignedInUser _outsider = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync();
        _api = new SuiteApi(_server);
        _admin = await _api.SignUpAndLoginAsync();
        _owner = await _api.SignUpAndLoginAsync();
        _outsider = await _api.SignUpAndLoginAsync();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        _owner.Dispose();
        _outsider.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task CreateTeam_Returns201WithTheTeamAndMakesTheCreatorTeamAdmin()
    {
        var name = SuiteApi.UniqueName("t");

        using var response = await _owner.Client.PostAsync("/api/v4/teams", SuiteApi.Json(new { name, display_name = "Core Team", type = "I", description = "the core" }));

        var team = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(team.GetProperty("id").GetString(), Has.Length.EqualTo(26));
            Assert.That(team.GetProperty("name").GetString(), Is.EqualTo(name));
            Assert.That(team.GetProperty("display_name").GetString(), Is.EqualTo("Core Team"));
            Assert.That(team.GetProperty("description").GetString(), Is.EqualTo("the core"));
            Assert.That(team.GetProperty("type").GetString(), Is.EqualTo("I"));
            Assert.That(team.GetProperty("allow_open_invite").GetBoolean(), Is.False);
            Assert.That(team.GetProperty("email").GetString(), Is.EqualTo(_owner.User.Email), "the creator manages the team and sees its email");
            Assert.That(team.GetProperty("invite_id").GetString(), Has.Length.EqualTo(26));
            Assert.That(team.GetProperty("create_at").GetInt64(), Is.GreaterThan(0));
            Assert.That(team.GetProperty("delete_at").GetInt64(), Is.Zero);
            Assert.That(team.GetProperty("scheme_id").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
        using var member = await _owner.Client.GetAsync($"/api/v4/teams/{team.GetProperty("id").GetString()}/members/me");
        var membership = await member.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(membership.GetProperty("roles").GetString(), Is.EqualTo("team_user team_admin"));
        Assert.That(membership.GetProperty("scheme_admin").GetBoolean(), Is.True);
    }

    [TestCase("a", Description = "too short")]
    [TestCase("-abc", Description = "starts with a hyphen")]
    [TestCase("abc-", Description = "ends with a hyphen")]
    [TestCase("Upper", Description = "upper case")]
    [TestCase("with space")]
    [TestCase("with_underscore")]
    [TestCase("a___b", Description = "three underscores")]
    [TestCase("")]
    public async Task CreateTeam_WithInvalidName_Returns400(string name)
    {
        using var response = await _owner.Client.PostAsync("/api/v4/teams", SuiteApi.Json(new { name, display_name = "Bad", type = "O" }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "model.team.is_valid.characters.app_error");
    }

    [TestCase("admin")]
    [TestCase("api")]
    [TestCase("admins-club", Description = "starts with a reserved word")]
    [TestCase("signup2")]
    [TestCase("boards")]
    [TestCase("playbooks-team")]
    public async Task CreateTeam_WithReservedName_Returns400(string name)
    {
        using var response = await _owner.Client.PostAsync("/api/v4/teams", SuiteApi.Json(new { name, display_name = "Reserved", type = "O" }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "model.team.is_valid.reserved.app_error");
    }

    [TestCase("ab")]
    [TestCase("a--b")]
    [TestCase("team__two")]
    public async Task CreateTeam_WithUnusualValidName_Returns201(string prefix)
    {
        var name = prefix + SuiteApi.UniqueName("x")[..6];

        var team = await SuiteApi.CreateTeamAsync(_owner.Client, name);

        Assert.That(team.GetProperty("name").GetString(), Is.EqualTo(name));
    }

    [TestCase("", Description = "missing")]
    [TestCase("P", Description = "private channel type, not a team type")]
    [TestCase("open")]
    public async Task CreateTeam_WithInvalidType_Returns400(string type)
    {
        using var response = await _owner.Client.PostAsync("/api/v4/teams", SuiteApi.Json(new { name = SuiteApi.UniqueName("t"), display_name = "Typed", type }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "model.team.is_valid.type.app_error");
    }

    [Test]
    public async Task CreateTeam_WithoutDisplayName_Returns400()
    {
        using var response = await _owner.Client.PostAsync("/api/v4/teams", SuiteApi.Json(new { name = SuiteApi.UniqueName("t"), display_name = " ", type = "O" }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "model.team.is_valid.name.app_error");
    }

    [Test]
    public async Task CreateTeam_WithTakenName_Returns400()
    {
        var existing = await SuiteApi.CreateTeamAsync(_owner.Client);

        using var response = await _outsider.Client.PostAsync("/api/v4/teams", SuiteApi.Json(new { name = existing.GetProperty("name").GetString(), display_name = "Copy", type = "O" }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "app.team.save.existing.app_error");
    }

    [TestCase("{")]
    [TestCase("{\"name\":[\"x\"],\"display_name\":\"X\",\"type\":\"O\"}")]
    [TestCase("{\"name\":\"okname\",\"display_name\":\"X\",\"type\":1}")]
    public async Task CreateTeam_WithMalformedJson_Returns400AndCreatesNothing(string body)
    {
        var before = await CountTeamsAsync();

        using var response = await _owner.Client.PostAsync("/api/v4/teams", SuiteApi.Raw(body));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");
        Assert.That(await CountTeamsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task CreateTeam_WithoutSession_Returns401AndCreatesNothing()
    {
        var before = await CountTeamsAsync();
        using var anonymous = _api.Anonymous();

        using var response = await anonymous.PostAsync("/api/v4/teams", SuiteApi.Json(new { name = SuiteApi.UniqueName("t"), display_name = "Anon", type = "O" }));

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized);
        Assert.That(await CountTeamsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task GetTeam_OpenTeam_AsOutsider_ShowsItWithoutManagerFields()
    {
        var team = await SuiteApi.CreateTeamAsync(_owner.Client, type: "O");

        using var byId = await _outsider.Client.GetAsync($"/api/v4/teams/{team.GetProperty("id").GetString()}");
        using var byName = await _outsider.Client.GetAsync($"/api/v4/teams/name/{team.GetProperty("name").GetString()}");

        foreach (var response in new[] { byId, byName })
        {
            var seen = await response.ReadJsonAsync(HttpStatusCode.OK);
            Assert.That(seen.GetProperty("id").GetString(), Is.EqualTo(team.GetProperty("id").GetString()));
            Assert.That(seen.GetProperty("email").GetString(), Is.Empty);
            Assert.That(seen.GetProperty("invite_id").GetString(), Is.Empty);
        }
    }

    [Test]
    public async Task GetTeam_InviteOnlyTeam_AsOutsider_Returns403()
    {
        var team = await SuiteApi.CreateTeamAsync(_owner.Client, type: "I");

        using var byId = await _outsider.Client.GetAsync($"/api/v4/teams/{team.GetProperty("id").GetString()}");
        using var byName = await _outsider.Client.GetAsync($"/api/v4/teams/name/{team.GetProperty("name").GetString()}");

        await byId.ReadErrorAsync(HttpStatusCode.Forbidden, "api.context.permissions.app_error");
        await byName.ReadErrorAsync(HttpStatusCode.Forbidden, "api.context.permissions.app_error");
    }

    [Test]
    public async Task GetTeam_InviteOnlyTeam_AsSystemAdmin_ShowsEverything()
    {
        var team = await SuiteApi.CreateTeamAsync(_owner.Client, type: "I");

        using var response = await _admin.Client.GetAsync($"/api/v4/teams/{team.GetProperty("id").GetString()}");

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("invite_id").GetString(), Is.EqualTo(team.GetProperty("invite_id").GetString()));
    }

    [Test]
    public async Task GetTeam_Unknown_Returns404()
    {
        using var response = await _owner.Client.GetAsync("/api/v4/teams/ybndrfg8ejkmcpqxot1uwisza3");

        await response.ReadErrorAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task GetTeam_WithoutSession_Returns401()
    {
        var team = await SuiteApi.CreateTeamAsync(_owner.Client, type: "O");
        using var anonymous = _api.Anonymous();

        using var response = await anonymous.GetAsync($"/api/v4/teams/{team.GetProperty("id").GetString()}");

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task TeamExists_AnswersForTakenAndFreeNames()
    {
        var team = await SuiteApi.CreateTeamAsync(_owner.Client, type: "I");

        using var taken = await _outsider.Client.GetAsync($"/api/v4/teams/name/{team.GetProperty("name").GetString()}/exists");
        using var free = await _outsider.Client.GetAsync($"/api/v4/teams/name/{SuiteApi.UniqueName("free")}/exists");

        Assert.That((await taken.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("exists").GetBoolean(), Is.True);
        Assert.That((await free.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("exists").GetBoolean(), Is.False);
    }

    [Test]
    public async Task GetTeams_ShowsOpenTeamsAndOwnTeamsButNotOthersInviteOnly()
    {
        var open = Id(await SuiteApi.CreateTeamAsync(_owner.Client, type: "O"));
        var hidden = Id(await SuiteApi.CreateTeamAsync(_owner.Client, type: "I"));
        var own = Id(await SuiteApi.CreateTeamAsync(_outsider.Client, type: "I"));

        using var asOutsider = await _outsider.Client.GetAsync("/api/v4/teams?per_page=200");
        using var asAdmin = await _admin.Client.GetAsync("/api/v4/teams?per_page=200");

        var outsiderSees = Ids(await asOutsider.ReadJsonAsync(HttpStatusCode.OK));
        Assert.That(outsiderSees, Does.Contain(open).And.Contain(own).And.Not.Contain(hidden));
        Assert.That(Ids(await asAdmin.ReadJsonAsync(HttpStatusCode.OK)), Does.Contain(open).And.Contain(own).And.Contain(hidden));
    }

    [Test]
    public async Task GetTeams_WithTotalCount_AnswersTeamsAndCount()
    {
        await SuiteApi.CreateTeamAsync(_owner.Client, type: "O");

        using var response = await _admin.Client.GetAsync("/api/v4/teams?page=0&per_page=1&include_total_count=true");

        var page = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(page.GetProperty("teams").GetArrayLength(), Is.EqualTo(1));
        Assert.That(page.GetProperty("total_count").GetInt64(), Is.EqualTo(await CountTeamsAsync()));
    }

    [Test]
    public async Task GetMyTeams_ListsOnlyTeamsIAmIn()
    {
        using var user = await _api.SignUpAndLoginAsync();
        var mine = Id(await SuiteApi.CreateTeamAsync(user.Client, type: "I"));
        await SuiteApi.CreateTeamAsync(_owner.Client, type: "O");

        using var response = await user.Client.GetAsync("/api/v4/users/me/teams");
        using var members = await user.Client.GetAsync("/api/v4/users/me/teams/members");

        Assert.That(Ids(await response.ReadJsonAsync(HttpStatusCode.OK)), Is.EqualTo(new[] { mine }));
        var memberships = await members.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(memberships.EnumerateArray().Select(m => m.GetProperty("team_id").GetString()), Is.EqualTo(new[] { mine }));
        Assert.That(memberships[0].GetProperty("user_id").GetString(), Is.EqualTo(user.Id));
    }

    [Test]
    public async Task GetUserTeams_ForSomeoneElse_AsPlainUser_Returns403()
    {
        using var teams = await _outsider.Client.GetAsync($"/api/v4/users/{_owner.Id}/teams");
        using var members = await _outsider.Client.GetAsync($"/api/v4/users/{_owner.Id}/teams/members");

        await teams.ReadErrorAsync(HttpStatusCode.Forbidden);
        await members.ReadErrorAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task GetUserTeams_ForSomeoneElse_AsSystemAdmin_Succeeds()
    {
        var team = Id(await SuiteApi.CreateTeamAsync(_owner.Client, type: "I"));

        using var response = await _admin.Client.GetAsync($"/api/v4/users/{_owner.Id}/teams");

        Assert.That(Ids(await response.ReadJsonAsync(HttpStatusCode.OK)), Does.Contain(team));
    }

    private Task<long> CountTeamsAsync() => _server.ScalarAsync<long>("SELECT count(*) FROM platform.teams");

    private static string Id(JsonElement team) => team.GetProperty("id").GetString()!;

    private static string[] Ids(JsonElement teams) => teams.EnumerateArray().Select(Id).ToArray();
}
