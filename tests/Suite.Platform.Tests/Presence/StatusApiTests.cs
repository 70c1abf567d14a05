using System.Net;
using System.Text.Json;
using Suite.Platform.Realtime;
using Suite.Platform.Tests.Realtime;
using Suite.Testing;
using static Suite.Platform.Tests.Presence.PresenceApi;

namespace Suite.Platform.Tests.Presence;

/// <summary>The status endpoints, the WebSocket's automatic statuses and <c>status_change</c>, on the real clock.</summary>
public sealed class StatusApiTests
{
    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;
    private SignedInUser _admin = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync(modules: []);
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
    public async Task GetStatus_OfAUserNeverConnected_IsOfflineAndAutomatic()
    {
        using var user = await _api.SignUpAndLoginAsync();

        var status = await GetStatusAsync(user.Client, "me");

        Assert.Multiple(() =>
        {
            Assert.That(status.GetProperty("user_id").GetString(), Is.EqualTo(user.Id));
            Assert.That(status.GetProperty("status").GetString(), Is.EqualTo("offline"));
            Assert.That(status.GetProperty("manual").GetBoolean(), Is.False);
            Assert.That(status.GetProperty("last_activity_at").GetInt64(), Is.Zero);
            Assert.That(status.GetProperty("dnd_end_time").GetInt64(), Is.Zero);
        });
    }

    [Test]
    public async Task WebSocket_MakesTheUserOnline_AndOnlyTheLastCloseMakesThemOffline()
    {
        using var user = await _api.SignUpAndLoginAsync();
        var first = await MattermostSocket.ConnectAsync(_server.BaseAddress, bearerToken: user.Token);
        await using var second = await MattermostSocket.ConnectAsync(_server.BaseAddress, bearerToken: user.Token);

        var online = await WaitForStatusAsync(user.Client, user.Id, "online");
        Assert.That(online.GetProperty("manual").GetBoolean(), Is.False);
        Assert.That(online.GetProperty("last_activity_at").GetInt64(), Is.GreaterThan(0));

        await first.DisposeAsync();
        var registry = _server.Service<ConnectionRegistry>();
        await Eventually.HoldsAsync(() => Task.FromResult(registry.ForUser(user.Id).Count == 1), "one connection is left");
        Assert.That((await GetStatusAsync(user.Client, user.Id)).GetProperty("status").GetString(), Is.EqualTo("online"));

        await second.DisposeAsync();
        await WaitForStatusAsync(user.Client, user.Id, "offline");
        Assert.That(await ConnectionRowsAsync(_server, user.Id), Is.Zero);
    }

    [TestCase("away")]
    [TestCase("offline")]
    [TestCase("dnd")]
    public async Task ManualStatus_IsKeptWhenTheUserConnectsAndDisconnects(string manual)
    {
        using var user = await _api.SignUpAndLoginAsync();
        var set = await SetStatusAsync(user.Client, user.Id, manual);
        Assert.That(set.GetProperty("manual").GetBoolean(), Is.True);

        var socket = await MattermostSocket.ConnectAsync(_server.BaseAddress, bearerToken: user.Token);
        await Eventually.HoldsAsync(async () => await ConnectionRowsAsync(_server, user.Id) == 1, "the connection is recorded");
        Assert.That((await GetStatusAsync(user.Client, user.Id)).GetProperty("status").GetString(), Is.EqualTo(manual));

        await socket.DisposeAsync();
        await Eventually.HoldsAsync(async () => await ConnectionRowsAsync(_server, user.Id) == 0, "the connection is removed");
        var after = await GetStatusAsync(user.Client, user.Id);
        Assert.Multiple(() =>
        {
            Assert.That(after.GetProperty("status").GetString(), Is.EqualTo(manual));
            Assert.That(after.GetProperty("manual").GetBoolean(), Is.True);
        });
    }

    [Test]
    public async Task ManualOnline_ReplacesAManualStatus_AndStaysAfterTheLastClose()
    {
        using var user = await _api.SignUpAndLoginAsync();
        await SetStatusAsync(user.Client, user.Id, "dnd");
        var online = await SetStatusAsync(user.Client, user.Id, "online");
        Assert.That(online.GetProperty("status").GetString(), Is.EqualTo("online"));

        var socket = await MattermostSocket.ConnectAsync(_server.BaseAddress, bearerToken: user.Token);
        await Eventually.HoldsAsync(async () => await ConnectionRowsAsync(_server, user.Id) == 1, "the connection is recorded");
        await socket.DisposeAsync();
        await Eventually.HoldsAsync(async () => await ConnectionRowsAsync(_server, user.Id) == 0, "the connection is removed");

        Assert.That((await GetStatusAsync(user.Client, user.Id)).GetProperty("status").GetString(), Is.EqualTo("online"));
    }

    [Test]
    public async Task PutDnd_WithAnEndTime_ReturnsMattermostsStatusJson()
    {
        using var user = await _api.SignUpAndLoginAsync();
        var end = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();

        var status = await SetStatusAsync(user.Client, user.Id, "dnd", end);

        Assert.Multiple(() =>
        {
            Assert.That(status.GetProperty("user_id").GetString(), Is.EqualTo(user.Id));
            Assert.That(status.GetProperty("status").GetString(), Is.EqualTo("dnd"));
            Assert.That(status.GetProperty("manual").GetBoolean(), Is.True);
            Assert.That(status.GetProperty("dnd_end_time").GetInt64(), Is.EqualTo(end));
        });
        Assert.That((await GetStatusAsync(_admin.Client, user.Id)).GetProperty("dnd_end_time").GetInt64(), Is.EqualTo(end));
    }

    [TestCase("{\"user_id\":\"{id}\",\"status\":\"busy\"}", "status")]
    [TestCase("{\"user_id\":\"{id}\",\"status\":\"\"}", "status")]
    [TestCase("{\"user_id\":\"{id}\",\"status\":\"ooo\"}", "status")]
    [TestCase("{\"user_id\":\"{id}\"}", "status")]
    [TestCase("{\"status\":\"away\"}", "user_id")]
    [TestCase("{\"user_id\":\"aaaaaaaaaaaaaaaaaaaaaaaaaa\",\"status\":\"away\"}", "user_id")]
    [TestCase("{\"user_id\":\"{id}\",\"status\":\"dnd\",\"dnd_end_time\":-5}", "dnd_end_time")]
    [TestCase("{\"user_id\":\"{id}\",\"status\":\"dnd\",\"dnd_end_time\":1000}", "dnd_end_time")]
    [TestCase("{\"user_id\":\"{id}\",\"status\":", "status")]
    public async Task PutStatus_WithBadInput_Returns400AndChangesNothing(string body, string field)
    {
        using var user = await _api.SignUpAndLoginAsync();
        await SetStatusAsync(user.Client, user.Id, "away");

        using var response = await user.Client.PutAsync($"/api/v4/users/{user.Id}/status", SuiteApi.Raw(body.Replace("{id}", user.Id, StringComparison.Ordinal)));

        var error = await response.ReadErrorAsync(HttpStatusCode.BadRequest);
        Assert.That(error.GetProperty("message").GetString() + error.GetProperty("detailed_error").GetString(), Does.Contain(field));
        var status = await GetStatusAsync(user.Client, user.Id);
        Assert.That(status.GetProperty("status").GetString(), Is.EqualTo("away"));
    }

    [Test]
    public async Task PutStatus_OfSomeoneElse_Returns403AndChangesNothing()
    {
        using var mallory = await _api.SignUpAndLoginAsync();
        using var victim = await _api.SignUpAndLoginAsync();

        using var response = await PutStatusAsync(mallory.Client, victim.Id, new { user_id = victim.Id, status = "dnd" });

        await response.ReadErrorAsync(HttpStatusCode.Forbidden, "api.context.permissions.app_error");
        Assert.That((await GetStatusAsync(victim.Client, victim.Id)).GetProperty("status").GetString(), Is.EqualTo("offline"));
    }

    [Test]
    public async Task PutStatus_OfSomeoneElse_AsSystemAdmin_SetsIt()
    {
        var user = await _api.SignUpAsync();

        var status = await SetStatusAsync(_admin.Client, user.Id, "away");

        Assert.That(status.GetProperty("status").GetString(), Is.EqualTo("away"));
    }

    [Test]
    public async Task Status_OfAnUnknownUser_Returns404()
    {
        const string unknown = "zzzzzzzzzzzzzzzzzzzzzzzzzz";

        using var get = await _admin.Client.GetAsync($"/api/v4/users/{unknown}/status");
        using var put = await PutStatusAsync(_admin.Client, unknown, new { user_id = unknown, status = "away" });

        await get.ReadErrorAsync(HttpStatusCode.NotFound, "api.status.user_not_found.app_error");
        await put.ReadErrorAsync(HttpStatusCode.NotFound, "api.status.user_not_found.app_error");
        Assert.That(await _server.ScalarAsync<long>("SELECT count(*) FROM platform.statuses WHERE user_id = @id", ("id", unknown)), Is.Zero);
    }

    [Test]
    public async Task Status_WithABadIdOrWithoutASession_IsRefused()
    {
        using var anonymous = _api.Anonymous();

        using var badId = await _admin.Client.GetAsync("/api/v4/users/not-an-id/status");
        using var signedOut = await anonymous.GetAsync($"/api/v4/users/{_admin.Id}/status");
        using var signedOutPut = await PutStatusAsync(anonymous, _admin.Id, new { user_id = _admin.Id, status = "away" });
        using var signedOutIds = await anonymous.PostAsync("/api/v4/users/status/ids", SuiteApi.Json(new[] { _admin.Id }));

        await badId.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.invalid_url_param.app_error");
        await signedOut.ReadErrorAsync(HttpStatusCode.Unauthorized);
        await signedOutPut.ReadErrorAsync(HttpStatusCode.Unauthorized);
        await signedOutIds.ReadErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task StatusesByIds_ReturnsKnownUsers_AndLeavesOutUnknownOnes()
    {
        using var away = await _api.SignUpAndLoginAsync();
        var never = await _api.SignUpAsync();
        await SetStatusAsync(away.Client, away.Id, "away");

        using var response = await _admin.Client.PostAsync("/api/v4/users/status/ids", SuiteApi.Json(new[] { away.Id, never.Id, "zzzzzzzzzzzzzzzzzzzzzzzzzz" }));

        var statuses = (await response.ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(s => s.GetProperty("user_id").GetString()!, s => s.GetProperty("status").GetString());
        Assert.That(statuses, Is.EquivalentTo(new Dictionary<string, string?> { [away.Id] = "away", [never.Id] = "offline" }));
    }

    [TestCase("[]")]
    [TestCase("[\"nope\"]")]
    [TestCase("{\"ids\":[]}")]
    public async Task StatusesByIds_WithBadInput_Returns400(string body)
    {
        using var response = await _admin.Client.PostAsync("/api/v4/users/status/ids", SuiteApi.Raw(body));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task StatusChange_ReachesTheUserAndTeammates_NotStrangers()
    {
        using var alice = await _api.SignUpAndLoginAsync();
        using var teammate = await _api.SignUpAndLoginAsync();
        using var stranger = await _api.SignUpAndLoginAsync();
        var team = await SuiteApi.CreateTeamAsync(alice.Client);
        await SuiteApi.AddToTeamAsync(alice.Client, team.GetProperty("id").GetString()!, teammate.Id);
        // Manual statuses, so that connecting announces nothing and each socket's first status_change is the one under test.
        await SetStatusAsync(alice.Client, alice.Id, "online");
        await SetStatusAsync(teammate.Client, teammate.Id, "away");
        await SetStatusAsync(stranger.Client, stranger.Id, "away");
        await using var aliceSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, alice.Token);
        await using var teammateSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, teammate.Token);
        await using var strangerSocket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, stranger.Token);

        await SetStatusAsync(alice.Client, alice.Id, "dnd");
        await SetStatusAsync(stranger.Client, stranger.Id, "offline");

        await AssertStatusChangeAsync(aliceSocket, alice.Id, "dnd");
        await AssertStatusChangeAsync(teammateSocket, alice.Id, "dnd");
        await AssertStatusChangeAsync(strangerSocket, stranger.Id, "offline");
    }

    [Test]
    public async Task WebSocketAction_GetStatusesByIds_AnswersAMapOfStatuses()
    {
        using var user = await _api.SignUpAndLoginAsync();
        await SetStatusAsync(user.Client, user.Id, "dnd");
        await using var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, _admin.Token);

        var ok = await socket.ReplyAsync(await socket.SendAsync("get_statuses_by_ids", new { user_ids = new[] { user.Id } }));
        var bad = await socket.ReplyAsync(await socket.SendAsync("get_statuses_by_ids", new { user_ids = new[] { "x" } }));

        Assert.Multiple(() =>
        {
            Assert.That(ok.GetProperty("status").GetString(), Is.EqualTo("OK"));
            Assert.That(ok.GetProperty("data").GetProperty(user.Id).GetString(), Is.EqualTo("dnd"));
            Assert.That(bad.GetProperty("status").GetString(), Is.EqualTo("FAIL"));
        });
    }

    [Test]
    public async Task WebSocketAction_UserInactive_MakesAnOnlineUserAway_AndActiveBringsThemBack()
    {
        using var user = await _api.SignUpAndLoginAsync();
        await using var socket = await MattermostSocket.ConnectAuthenticatedAsync(_server.BaseAddress, user.Token);
        await WaitForStatusAsync(user.Client, user.Id, "online");

        await socket.ReplyAsync(await socket.SendAsync("user_update_active_status", new { user_is_active = false, manual = false }));
        var away = await WaitForStatusAsync(user.Client, user.Id, "away");
        Assert.That(away.GetProperty("manual").GetBoolean(), Is.False);
        await WaitForStatusChangeAsync(socket, user.Id, "away");

        await socket.ReplyAsync(await socket.SendAsync("user_update_active_status", new { user_is_active = true, manual = false }));
        await WaitForStatusAsync(user.Client, user.Id, "online");
        await WaitForStatusChangeAsync(socket, user.Id, "online");
    }

    private static async Task WaitForStatusChangeAsync(MattermostSocket socket, string userId, string status)
    {
        while (true)
        {
            var data = (await socket.EventAsync("status_change")).GetProperty("data");
            if (data.GetProperty("user_id").GetString() == userId && data.GetProperty("status").GetString() == status)
            {
                return;
            }
        }
    }

    private static async Task AssertStatusChangeAsync(MattermostSocket socket, string userId, string status)
    {
        var change = await socket.EventAsync("status_change");
        var data = change.GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(data.GetProperty("user_id").GetString(), Is.EqualTo(userId));
            Assert.That(data.GetProperty("status").GetString(), Is.EqualTo(status));
        });
    }
}
