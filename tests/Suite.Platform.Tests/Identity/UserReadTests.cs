using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Identity;

public sealed class UserReadTests
{
    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;
    private SignedInUser _admin = null!;
    private SignedInUser _alice = null!;
    private SignedInUser _bob = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync();
        _api = new SuiteApi(_server);
        _admin = await _api.SignUpAndLoginAsync();
        _alice = await _api.SignUpAndLoginAsync(SuiteApi.UniqueName("alice"));
        _bob = await _api.SignUpAndLoginAsync(SuiteApi.UniqueName("bob"));
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        _alice.Dispose();
        _bob.Dispose();
        await _server.DisposeAsync();
    }

    [TestCase("/api/v4/users/me")]
    [TestCase("/api/v4/users")]
    [TestCase("/api/v4/users/username/someone")]
    [TestCase("/api/v4/users/ybndrfg8ejkmcpqxot1uwisza3")]
    [TestCase("/api/v4/users/me/teams")]
    [TestCase("/api/v4/users/me/tokens")]
    public async Task Get_WithoutSession_Returns401(string path)
    {
        using var anonymous = _api.Anonymous();

        using var response = await anonymous.GetAsync(path);

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized, "api.context.session_expired.app_error");
    }

    [TestCase("/api/v4/users/ids", "[]")]
    [TestCase("/api/v4/users/usernames", "[]")]
    [TestCase("/api/v4/users/search", "{\"term\":\"a\"}")]
    public async Task Post_WithoutSession_Returns401(string path, string body)
    {
        using var anonymous = _api.Anonymous();

        using var response = await anonymous.PostAsync(path, SuiteApi.Raw(body.Replace("[]", "[\"ybndrfg8ejkmcpqxot1uwisza3\"]", StringComparison.Ordinal)));

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task GetMe_ReturnsTheFullOwnProfile()
    {
        using var response = await _alice.Client.GetAsync("/api/v4/users/me");

        var me = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(me.GetProperty("id").GetString(), Is.EqualTo(_alice.Id));
        Assert.That(me.GetProperty("notify_props").GetProperty("desktop").GetString(), Is.EqualTo("mention"));
        Assert.That(me.GetProperty("last_password_update").GetInt64(), Is.GreaterThan(0));
    }

    [Test]
    public async Task GetUser_SomeoneElse_HidesTheirPrivateSettings()
    {
        using var response = await _alice.Client.GetAsync($"/api/v4/users/{_bob.Id}");

        var bob = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(bob.GetProperty("username").GetString(), Is.EqualTo(_bob.User.Username));
        Assert.That(bob.GetProperty("notify_props").EnumerateObject(), Is.Empty);
        Assert.That(bob.GetProperty("last_password_update").GetInt64(), Is.Zero);
        Assert.That(bob.TryGetProperty("password", out _), Is.False);
    }

    [Test]
    public async Task GetUser_AsSystemAdmin_SeesEverything()
    {
        using var response = await _admin.Client.GetAsync($"/api/v4/users/{_bob.Id}");

        var bob = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(bob.GetProperty("notify_props").GetProperty("email").GetString(), Is.EqualTo("true"));
    }

    [Test]
    public async Task GetUser_Unknown_Returns404()
    {
        using var response = await _alice.Client.GetAsync("/api/v4/users/ybndrfg8ejkmcpqxot1uwisza3");

        await response.ReadErrorAsync(HttpStatusCode.NotFound, "app.user.missing_account.const");
    }

    [Test]
    public async Task GetUser_WithMalformedId_Returns400()
    {
        using var response = await _alice.Client.GetAsync("/api/v4/users/not-an-id");

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.invalid_url_param.app_error");
    }

    [Test]
    public async Task GetUserByUsername_FindsTheUserInAnyCase()
    {
        using var response = await _alice.Client.GetAsync($"/api/v4/users/username/{_bob.User.Username.ToUpperInvariant()}");

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString(), Is.EqualTo(_bob.Id));
    }

    [Test]
    public async Task GetUserByUsername_Unknown_Returns404()
    {
        using var response = await _alice.Client.GetAsync("/api/v4/users/username/no-such-person");

        await response.ReadErrorAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task GetUsersByIds_ReturnsTheKnownOnesAndSkipsUnknown()
    {
        using var response = await _alice.Client.PostAsync("/api/v4/users/ids", SuiteApi.Json(new[] { _bob.Id, _admin.Id, "ybndrfg8ejkmcpqxot1uwisza3" }));

        var users = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(Ids(users), Is.EquivalentTo(new[] { _bob.Id, _admin.Id }));
    }

    [TestCase("[\"short\"]")]
    [TestCase("[]")]
    [TestCase("{\"ids\":[]}")]
    [TestCase("[1,2]")]
    public async Task GetUsersByIds_WithBadBody_Returns400(string body)
    {
        using var response = await _alice.Client.PostAsync("/api/v4/users/ids", SuiteApi.Raw(body));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task GetUsersByUsernames_ReturnsTheKnownOnes()
    {
        using var response = await _alice.Client.PostAsync("/api/v4/users/usernames", SuiteApi.Json(new[] { _bob.User.Username, "nobody-of-that-name" }));

        var users = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(Ids(users), Is.EqualTo(new[] { _bob.Id }));
    }

    [Test]
    public async Task GetUsers_PagesInUsernameOrder()
    {
        using var all = await _alice.Client.GetAsync("/api/v4/users?per_page=200");
        var everyone = Usernames(await all.ReadJsonAsync(HttpStatusCode.OK));

        using var first = await _alice.Client.GetAsync("/api/v4/users?page=0&per_page=2");
        using var second = await _alice.Client.GetAsync("/api/v4/users?page=1&per_page=2");

        Assert.That(everyone, Is.Ordered);
        Assert.That(everyone, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(Usernames(await first.ReadJsonAsync(HttpStatusCode.OK)), Is.EqualTo(everyone.Take(2)));
        Assert.That(Usernames(await second.ReadJsonAsync(HttpStatusCode.OK)), Is.EqualTo(everyone.Skip(2).Take(2)));
    }

    [TestCase("page=-1&per_page=abc", Description = "invalid values fall back to the defaults")]
    [TestCase("per_page=100000", Description = "capped at 200")]
    public async Task GetUsers_WithOddPaging_AnswersTheFirstPage(string query)
    {
        using var response = await _alice.Client.GetAsync($"/api/v4/users?{query}");

        Assert.That(Usernames(await response.ReadJsonAsync(HttpStatusCode.OK)), Does.Contain(_bob.User.Username));
    }

    [Test]
    public async Task GetUsers_InTeam_ListsOnlyItsMembers()
    {
        var team = await SuiteApi.CreateTeamAsync(_alice.Client);
        var teamId = team.GetProperty("id").GetString()!;
        await SuiteApi.AddToTeamAsync(_alice.Client, teamId, _bob.Id);

        using var response = await _alice.Client.GetAsync($"/api/v4/users?in_team={teamId}");

        Assert.That(Ids(await response.ReadJsonAsync(HttpStatusCode.OK)), Is.EquivalentTo(new[] { _alice.Id, _bob.Id }));
    }

    [Test]
    public async Task GetUsers_InATeamTheCallerIsNotIn_Returns403()
    {
        var team = await SuiteApi.CreateTeamAsync(_alice.Client, type: "I");

        using var response = await _bob.Client.GetAsync($"/api/v4/users?in_team={team.GetProperty("id").GetString()}");

        await response.ReadErrorAsync(HttpStatusCode.Forbidden, "api.context.permissions.app_error");
    }

    [TestCase("alice")]
    [TestCase("ALI")]
    [TestCase("@alice")]
    public async Task SearchUsers_ByUsernamePrefix_FindsTheUser(string term)
    {
        using var response = await _bob.Client.PostAsync("/api/v4/users/search", SuiteApi.Json(new { term }));

        Assert.That(Ids(await response.ReadJsonAsync(HttpStatusCode.OK)), Is.EqualTo(new[] { _alice.Id }));
    }

    [Test]
    public async Task SearchUsers_ByFullName_FindsTheUser()
    {
        var grace = await _api.SignUpAndLoginAsync();
        using var patch = await grace.Client.PutAsync("/api/v4/users/me/patch", SuiteApi.Json(new { first_name = "Grace", last_name = "Hopper" }));
        await patch.ReadJsonAsync(HttpStatusCode.OK);

        using var response = await _bob.Client.PostAsync("/api/v4/users/search", SuiteApi.Json(new { term = "grace hop" }));

        Assert.That(Ids(await response.ReadJsonAsync(HttpStatusCode.OK)), Is.EqualTo(new[] { grace.Id }));
        grace.Dispose();
    }

    [Test]
    public async Task SearchUsers_TreatsLikeWildcardsLiterally()
    {
        using var response = await _bob.Client.PostAsync("/api/v4/users/search", SuiteApi.Json(new { term = "%" }));

        Assert.That(Ids(await response.ReadJsonAsync(HttpStatusCode.OK)), Is.Empty);
    }

    [Test]
    public async Task SearchUsers_SkipsDeactivatedUnlessAllowed()
    {
        var gone = await _api.SignUpAsync(SuiteApi.UniqueName("gone"));
        using var deactivate = await _admin.Client.DeleteAsync($"/api/v4/users/{gone.Id}");
        await deactivate.ReadJsonAsync(HttpStatusCode.OK);

        using var without = await _bob.Client.PostAsync("/api/v4/users/search", SuiteApi.Json(new { term = gone.Username }));
        using var with = await _bob.Client.PostAsync("/api/v4/users/search", SuiteApi.Json(new { term = gone.Username, allow_inactive = true }));

        Assert.That(Ids(await without.ReadJsonAsync(HttpStatusCode.OK)), Is.Empty);
        Assert.That(Ids(await with.ReadJsonAsync(HttpStatusCode.OK)), Is.EqualTo(new[] { gone.Id }));
    }

    [Test]
    public async Task SearchUsers_InTeam_FindsOnlyMembers()
    {
        var team = await SuiteApi.CreateTeamAsync(_bob.Client);

        using var response = await _bob.Client.PostAsync("/api/v4/users/search", SuiteApi.Json(new { term = "alice", team_id = team.GetProperty("id").GetString() }));

        Assert.That(Ids(await response.ReadJsonAsync(HttpStatusCode.OK)), Is.Empty);
    }

    [Test]
    public async Task SearchUsers_InATeamTheCallerIsNotIn_Returns403()
    {
        var team = await SuiteApi.CreateTeamAsync(_alice.Client, type: "I");

        using var response = await _bob.Client.PostAsync("/api/v4/users/search", SuiteApi.Json(new { term = "alice", team_id = team.GetProperty("id").GetString() }));

        await response.ReadErrorAsync(HttpStatusCode.Forbidden);
    }

    [TestCase("{}")]
    [TestCase("{\"term\":\"\"}")]
    [TestCase("{\"term\":\"a\",\"limit\":\"ten\"}")]
    [TestCase("{\"term\":\"a\",\"limit\":5000}")]
    public async Task SearchUsers_WithBadBody_Returns400(string body)
    {
        using var response = await _bob.Client.PostAsync("/api/v4/users/search", SuiteApi.Raw(body));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest);
    }

    private static string[] Ids(JsonElement users) => users.EnumerateArray().Select(u => u.GetProperty("id").GetString()!).ToArray();

    private static List<string> Usernames(JsonElement users) => users.EnumerateArray().Select(u => u.GetProperty("username").GetString()!).ToList();
}
