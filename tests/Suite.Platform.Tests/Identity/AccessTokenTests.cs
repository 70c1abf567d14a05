using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Identity;

public sealed class AccessTokenTests
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
    public async Task CreateToken_ReturnsTheTokenOnceAndItWorksAsBearer()
    {
        using var user = await _api.SignUpAndLoginAsync();

        var created = await CreateAsync(user.Client, "me", "deploy bot");

        Assert.Multiple(() =>
        {
            Assert.That(created.GetProperty("id").GetString(), Has.Length.EqualTo(26));
            Assert.That(created.GetProperty("user_id").GetString(), Is.EqualTo(user.Id));
            Assert.That(created.GetProperty("description").GetString(), Is.EqualTo("deploy bot"));
            Assert.That(created.GetProperty("is_active").GetBoolean(), Is.True);
            Assert.That(created.GetProperty("expires_at").GetInt64(), Is.Zero);
        });
        using var pat = _api.WithToken(created.GetProperty("token").GetString()!);
        using var me = await pat.GetAsync("/api/v4/users/me");
        Assert.That((await me.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString(), Is.EqualTo(user.Id));

        using var listed = await user.Client.GetAsync($"/api/v4/users/{user.Id}/tokens");
        var tokens = await listed.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(tokens.GetArrayLength(), Is.EqualTo(1));
        Assert.That(tokens[0].TryGetProperty("token", out _), Is.False, "the value is shown only at creation");
        using var single = await user.Client.GetAsync($"/api/v4/users/tokens/{created.GetProperty("id").GetString()}");
        Assert.That((await single.ReadJsonAsync(HttpStatusCode.OK)).TryGetProperty("token", out _), Is.False);
    }

    [Test]
    public async Task CreateToken_StoresOnlyItsHash()
    {
        using var user = await _api.SignUpAndLoginAsync();

        var token = (await CreateAsync(user.Client, user.Id, "hash check")).GetProperty("token").GetString()!;

        var byHash = await _server.ScalarAsync<long>("SELECT count(*) FROM platform.access_tokens WHERE token_hash = @hash", ("hash", SHA256.HashData(Encoding.UTF8.GetBytes(token))));
        var byValue = await _server.ScalarAsync<long>("SELECT count(*) FROM platform.access_tokens WHERE id = @token OR description = @token", ("token", token));
        Assert.That(byHash, Is.EqualTo(1));
        Assert.That(byValue, Is.Zero);
    }

    [Test]
    public async Task RevokeToken_StopsItWorking()
    {
        using var user = await _api.SignUpAndLoginAsync();
        var created = await CreateAsync(user.Client, user.Id, "to revoke");
        using var pat = _api.WithToken(created.GetProperty("token").GetString()!);

        using var revoke = await user.Client.PostAsync("/api/v4/users/tokens/revoke", SuiteApi.Json(new { token_id = created.GetProperty("id").GetString() }));

        Assert.That((await revoke.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString(), Is.EqualTo("OK"));
        using var me = await pat.GetAsync("/api/v4/users/me");
        await me.ReadErrorAsync(HttpStatusCode.Unauthorized);
        using var gone = await user.Client.GetAsync($"/api/v4/users/tokens/{created.GetProperty("id").GetString()}");
        await gone.ReadErrorAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task DisableThenEnableToken_SwitchesItOffAndOn()
    {
        using var user = await _api.SignUpAndLoginAsync();
        var created = await CreateAsync(user.Client, user.Id, "switch");
        var body = SuiteApi.Json(new { token_id = created.GetProperty("id").GetString() });
        using var pat = _api.WithToken(created.GetProperty("token").GetString()!);

        using var disable = await user.Client.PostAsync("/api/v4/users/tokens/disable", body);
        await disable.ReadJsonAsync(HttpStatusCode.OK);
        using var whileDisabled = await pat.GetAsync("/api/v4/users/me");
        await whileDisabled.ReadErrorAsync(HttpStatusCode.Unauthorized);

        using var enable = await user.Client.PostAsync("/api/v4/users/tokens/enable", SuiteApi.Json(new { token_id = created.GetProperty("id").GetString() }));
        await enable.ReadJsonAsync(HttpStatusCode.OK);
        using var whileEnabled = await pat.GetAsync("/api/v4/users/me");
        await whileEnabled.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task CreateToken_ForSomeoneElse_AsPlainUser_Returns403()
    {
        using var mallory = await _api.SignUpAndLoginAsync();
        var victim = await _api.SignUpAsync();

        using var response = await mallory.Client.PostAsync($"/api/v4/users/{victim.Id}/tokens", SuiteApi.Json(new { description = "backdoor" }));

        await response.ReadErrorAsync(HttpStatusCode.Forbidden);
        Assert.That(await _server.ScalarAsync<long>("SELECT count(*) FROM platform.access_tokens WHERE user_id = @id", ("id", victim.Id)), Is.Zero);
    }

    [Test]
    public async Task CreateToken_ForSomeoneElse_AsSystemAdmin_Succeeds()
    {
        var user = await _api.SignUpAsync();

        var created = await CreateAsync(_admin.Client, user.Id, "issued by admin");

        Assert.That(created.GetProperty("user_id").GetString(), Is.EqualTo(user.Id));
    }

    [Test]
    public async Task SomeoneElsesToken_CannotBeReadListedRevokedOrDisabled()
    {
        using var owner = await _api.SignUpAndLoginAsync();
        using var mallory = await _api.SignUpAndLoginAsync();
        var tokenId = (await CreateAsync(owner.Client, owner.Id, "private")).GetProperty("id").GetString();

        using var read = await mallory.Client.GetAsync($"/api/v4/users/tokens/{tokenId}");
        using var list = await mallory.Client.GetAsync($"/api/v4/users/{owner.Id}/tokens");
        using var revoke = await mallory.Client.PostAsync("/api/v4/users/tokens/revoke", SuiteApi.Json(new { token_id = tokenId }));
        using var disable = await mallory.Client.PostAsync("/api/v4/users/tokens/disable", SuiteApi.Json(new { token_id = tokenId }));
        using var all = await mallory.Client.GetAsync("/api/v4/users/tokens");

        foreach (var response in new[] { read, list, revoke, disable, all })
        {
            await response.ReadErrorAsync(HttpStatusCode.Forbidden);
        }

        Assert.That(await _server.ScalarAsync<bool>("SELECT is_active FROM platform.access_tokens WHERE id = @id", ("id", tokenId!)), Is.True);
    }

    [Test]
    public async Task AllTokens_AsSystemAdmin_ListsEveryonesTokens()
    {
        using var user = await _api.SignUpAndLoginAsync();
        var tokenId = (await CreateAsync(user.Client, user.Id, "listed")).GetProperty("id").GetString();

        using var response = await _admin.Client.GetAsync("/api/v4/users/tokens?per_page=200");

        var ids = (await response.ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(t => t.GetProperty("id").GetString());
        Assert.That(ids, Does.Contain(tokenId));
    }

    [Test]
    public async Task Token_PastItsExpiry_StopsWorking()
    {
        using var user = await _api.SignUpAndLoginAsync();
        var created = await CreateAsync(user.Client, user.Id, "short-lived", 4_000_000_000_000);
        using var pat = _api.WithToken(created.GetProperty("token").GetString()!);
        using var before = await pat.GetAsync("/api/v4/users/me");
        await before.ReadJsonAsync(HttpStatusCode.OK);

        await _server.ExecuteAsync("UPDATE platform.access_tokens SET expires_at = 1 WHERE id = @id", ("id", created.GetProperty("id").GetString()!));

        // A change made straight in the database (as by another process) reaches the session cache
        // through its notification, within milliseconds.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        HttpResponseMessage after;
        while ((after = await pat.GetAsync("/api/v4/users/me")).StatusCode == HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            after.Dispose();
            await Task.Delay(10);
        }

        using (after)
        {
            await after.ReadErrorAsync(HttpStatusCode.Unauthorized);
        }
    }

    [TestCase("{}", Description = "no description")]
    [TestCase("{\"description\":\"   \"}", Description = "blank description")]
    [TestCase("{\"description\":\"x\",\"expires_at\":1}", Description = "already expired")]
    [TestCase("{\"description\":\"x\",\"expires_at\":\"soon\"}", Description = "wrong type")]
    public async Task CreateToken_WithBadBody_Returns400AndCreatesNothing(string body)
    {
        using var user = await _api.SignUpAndLoginAsync();

        using var response = await user.Client.PostAsync($"/api/v4/users/{user.Id}/tokens", SuiteApi.Raw(body));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest);
        Assert.That(await _server.ScalarAsync<long>("SELECT count(*) FROM platform.access_tokens WHERE user_id = @id", ("id", user.Id)), Is.Zero);
    }

    [Test]
    public async Task RevokeToken_Unknown_Returns404()
    {
        using var response = await _admin.Client.PostAsync("/api/v4/users/tokens/revoke", SuiteApi.Json(new { token_id = "ybndrfg8ejkmcpqxot1uwisza3" }));

        await response.ReadErrorAsync(HttpStatusCode.NotFound);
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, string userId, string description, long expiresAt = 0)
    {
        using var response = await client.PostAsync($"/api/v4/users/{userId}/tokens", SuiteApi.Json(new { description, expires_at = expiresAt }));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }
}
