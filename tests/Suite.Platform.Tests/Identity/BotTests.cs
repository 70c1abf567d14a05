using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Identity;

public sealed class BotTests
{
    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;
    private SignedInUser _admin = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync();
        _api = new SuiteApi(_server);
        _admin = await _api.SignUpAndLoginAsync();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task CreateBot_AsAdmin_ReturnsTheBotAndABotUser()
    {
        var username = SuiteApi.UniqueName("bot");

        var bot = await BotApi.CreateAsync(_admin.Client, username, "Deploy Bot", "ships things");

        Assert.Multiple(() =>
        {
            Assert.That(bot.GetProperty("user_id").GetString(), Has.Length.EqualTo(26));
            Assert.That(bot.GetProperty("username").GetString(), Is.EqualTo(username));
            Assert.That(bot.GetProperty("display_name").GetString(), Is.EqualTo("Deploy Bot"));
            Assert.That(bot.GetProperty("description").GetString(), Is.EqualTo("ships things"));
            Assert.That(bot.GetProperty("owner_id").GetString(), Is.EqualTo(_admin.Id));
            Assert.That(bot.GetProperty("create_at").GetInt64(), Is.GreaterThan(0));
            Assert.That(bot.GetProperty("update_at").GetInt64(), Is.EqualTo(bot.GetProperty("create_at").GetInt64()));
            Assert.That(bot.GetProperty("delete_at").GetInt64(), Is.Zero);
        });
        using var response = await _admin.Client.GetAsync($"/api/v4/users/{bot.GetProperty("user_id").GetString()}");
        var user = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(user.GetProperty("is_bot").GetBoolean(), Is.True);
        Assert.That(user.GetProperty("bot_description").GetString(), Is.EqualTo("ships things"));
        Assert.That(user.GetProperty("username").GetString(), Is.EqualTo(username));
    }

    [Test]
    public async Task UserJson_OfAPerson_HasNoBotDescription()
    {
        using var response = await _admin.Client.GetAsync("/api/v4/users/me");

        var me = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(me.GetProperty("is_bot").GetBoolean(), Is.False);
        Assert.That(me.TryGetProperty("bot_description", out _), Is.False);
    }

    [Test]
    public async Task CreateBot_AsPlainUser_Returns403AndCreatesNothing()
    {
        using var user = await _api.SignUpAndLoginAsync();
        var username = SuiteApi.UniqueName("bot");

        using var response = await user.Client.PostAsync("/api/v4/bots", SuiteApi.Json(new { username }));

        await response.ReadErrorAsync(HttpStatusCode.Forbidden);
        Assert.That(await _server.ScalarAsync<long>("SELECT count(*) FROM platform.users WHERE username = @username", ("username", username)), Is.Zero);
    }

    [Test]
    public async Task CreateBot_Anonymous_Returns401()
    {
        using var anonymous = _api.Anonymous();

        using var response = await anonymous.PostAsync("/api/v4/bots", SuiteApi.Json(new { username = SuiteApi.UniqueName("bot") }));

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized);
    }

    [TestCase("", "model.bot.is_valid.username.app_error")]
    [TestCase("1abc", "model.bot.is_valid.username.app_error")]
    [TestCase("all", "model.bot.is_valid.username.app_error")]
    [TestCase("bad name", "model.bot.is_valid.username.app_error")]
    public async Task CreateBot_WithBadUsername_Returns400(string username, string errorId)
    {
        using var response = await _admin.Client.PostAsync("/api/v4/bots", SuiteApi.Json(new { username }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, errorId);
    }

    [Test]
    public async Task CreateBot_WithTooLongDescriptionOrDisplayName_Returns400()
    {
        using var longDescription = await _admin.Client.PostAsync("/api/v4/bots", SuiteApi.Json(new { username = SuiteApi.UniqueName("bot"), description = new string('d', 1025) }));
        using var longName = await _admin.Client.PostAsync("/api/v4/bots", SuiteApi.Json(new { username = SuiteApi.UniqueName("bot"), display_name = new string('n', 65) }));

        await longDescription.ReadErrorAsync(HttpStatusCode.BadRequest, "model.bot.is_valid.description.app_error");
        await longName.ReadErrorAsync(HttpStatusCode.BadRequest, "model.bot.is_valid.display_name.app_error");
    }

    [Test]
    public async Task CreateBot_WithTakenUsername_Returns400()
    {
        var person = await _api.SignUpAsync();

        using var response = await _admin.Client.PostAsync("/api/v4/bots", SuiteApi.Json(new { username = person.Username }));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "app.user.save.username_exists.app_error");
        Assert.That(await _server.ScalarAsync<long>("SELECT count(*) FROM platform.users WHERE username = @name", ("name", person.Username)), Is.EqualTo(1));
    }

    [Test]
    public async Task CreateBot_WithInvalidJson_Returns400()
    {
        using var response = await _admin.Client.PostAsync("/api/v4/bots", SuiteApi.Raw("{nope"));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Bot_CannotLogInWithAPassword()
    {
        var bot = await BotApi.CreateAsync(_admin.Client);
        using var anonymous = _api.Anonymous();

        using var response = await anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = bot.GetProperty("username").GetString(), password = "any-password-1" }));

        await response.ReadErrorAsync(HttpStatusCode.Unauthorized, "api.user.login.bot_login_forbidden.app_error");
    }

    [Test]
    public async Task BotToken_MadeByAdmin_ActsAsTheBot_UntilTheBotIsDisabled()
    {
        var bot = await BotApi.CreateAsync(_admin.Client);
        var botId = bot.GetProperty("user_id").GetString()!;
        var token = await BotApi.CreateTokenAsync(_admin.Client, botId);
        using var asBot = _api.WithToken(token);

        using var me = await asBot.GetAsync("/api/v4/users/me");
        Assert.That((await me.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString(), Is.EqualTo(botId));

        using var disable = await _admin.Client.PostAsync($"/api/v4/bots/{botId}/disable", null);
        Assert.That((await disable.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("delete_at").GetInt64(), Is.GreaterThan(0));
        using var whileDisabled = await asBot.GetAsync("/api/v4/users/me");
        await whileDisabled.ReadErrorAsync(HttpStatusCode.Unauthorized);

        using var enable = await _admin.Client.PostAsync($"/api/v4/bots/{botId}/enable", null);
        Assert.That((await enable.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("delete_at").GetInt64(), Is.Zero);
        using var afterEnable = await asBot.GetAsync("/api/v4/users/me");
        await afterEnable.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task GetBot_Disabled_IsHiddenUnlessIncludeDeleted()
    {
        var botId = (await BotApi.CreateAsync(_admin.Client)).GetProperty("user_id").GetString()!;
        using var disable = await _admin.Client.PostAsync($"/api/v4/bots/{botId}/disable", null);
        await disable.ReadJsonAsync(HttpStatusCode.OK);

        using var hidden = await _admin.Client.GetAsync($"/api/v4/bots/{botId}");
        using var shown = await _admin.Client.GetAsync($"/api/v4/bots/{botId}?include_deleted=true");

        await hidden.ReadErrorAsync(HttpStatusCode.NotFound, "store.sql_bot.get.missing.app_error");
        Assert.That((await shown.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("user_id").GetString(), Is.EqualTo(botId));
    }

    [Test]
    public async Task GetBot_UnknownOrBadId_Returns404Or400()
    {
        using var unknown = await _admin.Client.GetAsync($"/api/v4/bots/{_admin.Id}");
        using var bad = await _admin.Client.GetAsync("/api/v4/bots/not-an-id");

        await unknown.ReadErrorAsync(HttpStatusCode.NotFound);
        await bad.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.invalid_url_param.app_error");
    }

    [Test]
    public async Task GetBot_AsPlainUser_Returns404()
    {
        var botId = (await BotApi.CreateAsync(_admin.Client)).GetProperty("user_id").GetString()!;
        using var user = await _api.SignUpAndLoginAsync();

        using var response = await user.Client.GetAsync($"/api/v4/bots/{botId}");
        using var list = await user.Client.GetAsync("/api/v4/bots");

        await response.ReadErrorAsync(HttpStatusCode.NotFound);
        await list.ReadErrorAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task GetBots_PagesAndFiltersDeletedAndOrphaned()
    {
        using var otherAdmin = await PromotedAdminAsync();
        var live = (await BotApi.CreateAsync(otherAdmin.Client)).GetProperty("user_id").GetString()!;
        var disabled = (await BotApi.CreateAsync(otherAdmin.Client)).GetProperty("user_id").GetString()!;
        using var disable = await otherAdmin.Client.PostAsync($"/api/v4/bots/{disabled}/disable", null);
        await disable.ReadJsonAsync(HttpStatusCode.OK);
        var orphan = (await BotApi.CreateAsync(otherAdmin.Client)).GetProperty("user_id").GetString()!;
        var leaver = await _api.SignUpAsync();
        using var assign = await _admin.Client.PostAsync($"/api/v4/bots/{orphan}/assign/{leaver.Id}", null);
        await assign.ReadJsonAsync(HttpStatusCode.OK);
        using var deactivate = await _admin.Client.DeleteAsync($"/api/v4/users/{leaver.Id}");
        await deactivate.ReadJsonAsync(HttpStatusCode.OK);

        var active = await ListIdsAsync("/api/v4/bots?per_page=200");
        var all = await ListIdsAsync("/api/v4/bots?per_page=200&include_deleted=true");
        var orphaned = await ListIdsAsync("/api/v4/bots?per_page=200&only_orphaned=true&include_deleted=true");
        var firstPage = await ListIdsAsync("/api/v4/bots?per_page=1&page=0");
        var secondPage = await ListIdsAsync("/api/v4/bots?per_page=1&page=1");

        Assert.Multiple(() =>
        {
            Assert.That(active, Does.Contain(live).And.Not.Contain(disabled).And.Not.Contain(orphan), "a deactivated owner's bots are disabled");
            Assert.That(all, Does.Contain(live).And.Contain(disabled));
            Assert.That(orphaned, Does.Contain(orphan).And.Not.Contain(live));
            Assert.That(firstPage, Has.Count.EqualTo(1));
            Assert.That(secondPage, Has.Count.EqualTo(1));
            Assert.That(secondPage[0], Is.Not.EqualTo(firstPage[0]));
        });
    }

    [Test]
    public async Task DeactivatingTheOwner_DisablesTheirBotsAndStopsTheirTokens()
    {
        var owner = await _api.SignUpAsync();
        var botId = (await BotApi.CreateAsync(_admin.Client)).GetProperty("user_id").GetString()!;
        using var assign = await _admin.Client.PostAsync($"/api/v4/bots/{botId}/assign/{owner.Id}", null);
        await assign.ReadJsonAsync(HttpStatusCode.OK);
        using var asBot = _api.WithToken(await BotApi.CreateTokenAsync(_admin.Client, botId));

        using var deactivate = await _admin.Client.DeleteAsync($"/api/v4/users/{owner.Id}");
        await deactivate.ReadJsonAsync(HttpStatusCode.OK);

        using var me = await asBot.GetAsync("/api/v4/users/me");
        await me.ReadErrorAsync(HttpStatusCode.Unauthorized);
        using var bot = await _admin.Client.GetAsync($"/api/v4/bots/{botId}?include_deleted=true");
        Assert.That((await bot.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("delete_at").GetInt64(), Is.GreaterThan(0));
    }

    [Test]
    public async Task DeactivatingABotsUserAccount_DisablesTheBot_AndReactivatingEnablesIt()
    {
        var botId = (await BotApi.CreateAsync(_admin.Client)).GetProperty("user_id").GetString()!;

        using var deactivate = await _admin.Client.DeleteAsync($"/api/v4/users/{botId}");
        await deactivate.ReadJsonAsync(HttpStatusCode.OK);
        using var hidden = await _admin.Client.GetAsync($"/api/v4/bots/{botId}");
        await hidden.ReadErrorAsync(HttpStatusCode.NotFound);

        using var reactivate = await _admin.Client.PutAsync($"/api/v4/users/{botId}/active", SuiteApi.Json(new { active = true }));
        await reactivate.ReadJsonAsync(HttpStatusCode.OK);
        using var shown = await _admin.Client.GetAsync($"/api/v4/bots/{botId}");
        Assert.That((await shown.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("delete_at").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task PatchBot_ChangesTheGivenFieldsAndTheUser()
    {
        var botId = (await BotApi.CreateAsync(_admin.Client, description: "old")).GetProperty("user_id").GetString()!;
        var renamed = SuiteApi.UniqueName("bot");

        using var response = await _admin.Client.PutAsync($"/api/v4/bots/{botId}", SuiteApi.Json(new { username = renamed, display_name = "Renamed" }));

        var bot = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(bot.GetProperty("username").GetString(), Is.EqualTo(renamed));
            Assert.That(bot.GetProperty("display_name").GetString(), Is.EqualTo("Renamed"));
            Assert.That(bot.GetProperty("description").GetString(), Is.EqualTo("old"));
        });
        using var user = await _admin.Client.GetAsync($"/api/v4/users/{botId}");
        Assert.That((await user.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("username").GetString(), Is.EqualTo(renamed));
    }

    [Test]
    public async Task PatchBot_WithBadUsernameOrAsPlainUser_ChangesNothing()
    {
        var bot = await BotApi.CreateAsync(_admin.Client);
        var botId = bot.GetProperty("user_id").GetString()!;
        using var user = await _api.SignUpAndLoginAsync();

        using var bad = await _admin.Client.PutAsync($"/api/v4/bots/{botId}", SuiteApi.Json(new { username = "9nope" }));
        using var stranger = await user.Client.PutAsync($"/api/v4/bots/{botId}", SuiteApi.Json(new { description = "mine now" }));
        using var disableByStranger = await user.Client.PostAsync($"/api/v4/bots/{botId}/disable", null);
        using var assignByStranger = await user.Client.PostAsync($"/api/v4/bots/{botId}/assign/{user.Id}", null);

        await bad.ReadErrorAsync(HttpStatusCode.BadRequest, "model.bot.is_valid.username.app_error");
        await stranger.ReadErrorAsync(HttpStatusCode.NotFound);
        await disableByStranger.ReadErrorAsync(HttpStatusCode.NotFound);
        await assignByStranger.ReadErrorAsync(HttpStatusCode.NotFound);
        using var after = await _admin.Client.GetAsync($"/api/v4/bots/{botId}");
        var unchanged = await after.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(unchanged.GetProperty("username").GetString(), Is.EqualTo(bot.GetProperty("username").GetString()));
        Assert.That(unchanged.GetProperty("description").GetString(), Is.EqualTo(bot.GetProperty("description").GetString()));
        Assert.That(unchanged.GetProperty("owner_id").GetString(), Is.EqualTo(_admin.Id));
        Assert.That(unchanged.GetProperty("delete_at").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task AssignBot_ToAnotherUser_ChangesTheOwner_AndRefusesBotsAndUnknownUsers()
    {
        var botId = (await BotApi.CreateAsync(_admin.Client)).GetProperty("user_id").GetString()!;
        var otherBot = (await BotApi.CreateAsync(_admin.Client)).GetProperty("user_id").GetString()!;
        var newOwner = await _api.SignUpAsync();

        using var assigned = await _admin.Client.PostAsync($"/api/v4/bots/{botId}/assign/{newOwner.Id}", null);
        using var toBot = await _admin.Client.PostAsync($"/api/v4/bots/{botId}/assign/{otherBot}", null);
        using var toNobody = await _admin.Client.PostAsync($"/api/v4/bots/{botId}/assign/{new string('x', 26)}", null);

        Assert.That((await assigned.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("owner_id").GetString(), Is.EqualTo(newOwner.Id));
        await toBot.ReadErrorAsync(HttpStatusCode.BadRequest);
        await toNobody.ReadErrorAsync(HttpStatusCode.NotFound);
        Assert.That(await _server.ScalarAsync<string>("SELECT owner_id FROM platform.bots WHERE user_id = @id", ("id", botId)), Is.EqualTo(newOwner.Id));
    }

    [Test]
    public async Task BotToken_ForSomeoneElsesBot_AsPlainUser_Returns403()
    {
        var botId = (await BotApi.CreateAsync(_admin.Client)).GetProperty("user_id").GetString()!;
        using var user = await _api.SignUpAndLoginAsync();

        using var response = await user.Client.PostAsync($"/api/v4/users/{botId}/tokens", SuiteApi.Json(new { description = "steal" }));

        await response.ReadErrorAsync(HttpStatusCode.Forbidden);
        Assert.That(await _server.ScalarAsync<long>("SELECT count(*) FROM platform.access_tokens WHERE user_id = @id", ("id", botId)), Is.Zero);
    }

    private async Task<List<string>> ListIdsAsync(string path)
    {
        using var response = await _admin.Client.GetAsync(path);
        var bots = await response.ReadJsonAsync(HttpStatusCode.OK);
        return bots.EnumerateArray().Select(b => b.GetProperty("user_id").GetString()!).ToList();
    }

    private async Task<SignedInUser> PromotedAdminAsync()
    {
        var user = await _api.SignUpAsync();
        await _server.ExecuteAsync("UPDATE platform.users SET roles = 'system_user system_admin' WHERE id = @id", ("id", user.Id));
        var token = await _api.LoginTokenAsync(user.Username);
        return new SignedInUser(user, token, _api.WithToken(token));
    }
}

/// <summary>Bots owned by plain users, where the configuration lets users have bots.</summary>
public sealed class UserOwnedBotTests
{
    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;
    private SignedInUser _admin = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync(settings: new Dictionary<string, string?> { ["Suite:Bots:UsersMayCreateBots"] = "true" });
        _api = new SuiteApi(_server);
        _admin = await _api.SignUpAndLoginAsync();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Owner_CreatesListsAndMakesTokensForTheirBot_ButNotForOthers()
    {
        using var owner = await _api.SignUpAndLoginAsync();
        using var other = await _api.SignUpAndLoginAsync();
        var botId = (await BotApi.CreateAsync(owner.Client)).GetProperty("user_id").GetString()!;
        var othersBot = (await BotApi.CreateAsync(other.Client)).GetProperty("user_id").GetString()!;

        using var list = await owner.Client.GetAsync("/api/v4/bots");
        var listed = (await list.ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(b => b.GetProperty("user_id").GetString()).ToList();
        var token = await BotApi.CreateTokenAsync(owner.Client, botId);
        using var foreignToken = await owner.Client.PostAsync($"/api/v4/users/{othersBot}/tokens", SuiteApi.Json(new { description = "no" }));
        using var foreignBot = await owner.Client.GetAsync($"/api/v4/bots/{othersBot}");

        Assert.That(listed, Is.EqualTo(new[] { botId }));
        using var asBot = _api.WithToken(token);
        using var me = await asBot.GetAsync("/api/v4/users/me");
        Assert.That((await me.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString(), Is.EqualTo(botId));
        await foreignToken.ReadErrorAsync(HttpStatusCode.Forbidden);
        await foreignBot.ReadErrorAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Owner_DisablesTheirBot()
    {
        using var owner = await _api.SignUpAndLoginAsync();
        var botId = (await BotApi.CreateAsync(owner.Client)).GetProperty("user_id").GetString()!;

        using var response = await owner.Client.PostAsync($"/api/v4/bots/{botId}/disable", null);

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("delete_at").GetInt64(), Is.GreaterThan(0));
    }

    [Test]
    public async Task CreateBot_WhenCreationIsDisabled_Returns403()
    {
        await using var server = await SuiteTestServer.StartAsync(settings: new Dictionary<string, string?> { ["Suite:Bots:EnableBotAccountCreation"] = "false" });
        var api = new SuiteApi(server);
        using var admin = await api.SignUpAndLoginAsync();

        using var response = await admin.Client.PostAsync("/api/v4/bots", SuiteApi.Json(new { username = SuiteApi.UniqueName("bot") }));

        await response.ReadErrorAsync(HttpStatusCode.Forbidden, "api.bot.create_disabled");
    }
}

internal static class BotApi
{
    public static async Task<JsonElement> CreateAsync(HttpClient client, string? username = null, string displayName = "", string description = "")
    {
        using var response = await client.PostAsync("/api/v4/bots", SuiteApi.Json(new { username = username ?? SuiteApi.UniqueName("bot"), display_name = displayName, description }));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public static async Task<string> CreateTokenAsync(HttpClient client, string botId)
    {
        using var response = await client.PostAsync($"/api/v4/users/{botId}/tokens", SuiteApi.Json(new { description = "bot token" }));
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("token").GetString()!;
    }
}
