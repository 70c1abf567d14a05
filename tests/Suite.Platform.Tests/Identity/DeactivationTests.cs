using System.Net;
using Suite.Testing;

namespace Suite.Platform.Tests.Identity;

public sealed class DeactivationTests
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
    public async Task DeactivateSelf_EndsEverySessionAndTokenAndBlocksLogin()
    {
        using var user = await _api.SignUpAndLoginAsync();
        using var otherSession = await _api.LoginAsync(user.User.Username, user.User.Password);
        var pat = await CreateTokenAsync(user.Client, user.Id);
        using var patClient = _api.WithToken(pat);

        using var response = await user.Client.DeleteAsync("/api/v4/users/me");

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString(), Is.EqualTo("OK"));
        foreach (var client in new[] { user.Client, otherSession, patClient })
        {
            using var me = await client.GetAsync("/api/v4/users/me");
            await me.ReadErrorAsync(HttpStatusCode.Unauthorized);
        }

        using var anonymous = _api.Anonymous();
        using var login = await anonymous.PostAsync("/api/v4/users/login", SuiteApi.Json(new { login_id = user.User.Username, password = user.User.Password }));
        await login.ReadErrorAsync(HttpStatusCode.Unauthorized, "api.user.login.inactive.app_error");
        Assert.That(await _server.ScalarAsync<long>("SELECT count(*) FROM platform.sessions WHERE user_id = @id", ("id", user.Id)), Is.Zero);
    }

    [Test]
    public async Task DeactivatedUser_IsStillReadableWithDeleteAt()
    {
        var user = await _api.SignUpAsync();
        using var deactivate = await _admin.Client.DeleteAsync($"/api/v4/users/{user.Id}");
        await deactivate.ReadJsonAsync(HttpStatusCode.OK);

        using var response = await _admin.Client.GetAsync($"/api/v4/users/{user.Id}");

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("delete_at").GetInt64(), Is.GreaterThan(0));
    }

    [Test]
    public async Task DeactivateSomeoneElse_AsPlainUser_Returns403()
    {
        using var mallory = await _api.SignUpAndLoginAsync();
        using var victim = await _api.SignUpAndLoginAsync();

        using var response = await mallory.Client.DeleteAsync($"/api/v4/users/{victim.Id}");

        await response.ReadErrorAsync(HttpStatusCode.Forbidden);
        using var me = await victim.Client.GetAsync("/api/v4/users/me");
        await me.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task DeactivateUnknownUser_AsSystemAdmin_Returns404()
    {
        using var response = await _admin.Client.DeleteAsync("/api/v4/users/ybndrfg8ejkmcpqxot1uwisza3");

        await response.ReadErrorAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task SetActive_AsSystemAdmin_DeactivatesAndReactivates()
    {
        using var user = await _api.SignUpAndLoginAsync();

        using var off = await _admin.Client.PutAsync($"/api/v4/users/{user.Id}/active", SuiteApi.Json(new { active = false }));
        await off.ReadJsonAsync(HttpStatusCode.OK);
        using var meAfterOff = await user.Client.GetAsync("/api/v4/users/me");
        await meAfterOff.ReadErrorAsync(HttpStatusCode.Unauthorized);

        using var on = await _admin.Client.PutAsync($"/api/v4/users/{user.Id}/active", SuiteApi.Json(new { active = true }));
        await on.ReadJsonAsync(HttpStatusCode.OK);
        using var relogged = await _api.LoginAsync(user.User.Username, user.User.Password);
        using var me = await relogged.GetAsync("/api/v4/users/me");
        Assert.That((await me.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("delete_at").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task SetActive_AsPlainUser_Returns403EvenForThemselves()
    {
        using var user = await _api.SignUpAndLoginAsync();

        using var response = await user.Client.PutAsync("/api/v4/users/me/active", SuiteApi.Json(new { active = false }));

        await response.ReadErrorAsync(HttpStatusCode.Forbidden);
        using var me = await user.Client.GetAsync("/api/v4/users/me");
        await me.ReadJsonAsync(HttpStatusCode.OK);
    }

    [TestCase("{}")]
    [TestCase("{\"active\":\"no\"}")]
    public async Task SetActive_WithBadBody_Returns400(string body)
    {
        var user = await _api.SignUpAsync();

        using var response = await _admin.Client.PutAsync($"/api/v4/users/{user.Id}/active", SuiteApi.Raw(body));

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");
    }

    private static async Task<string> CreateTokenAsync(HttpClient client, string userId)
    {
        using var response = await client.PostAsync($"/api/v4/users/{userId}/tokens", SuiteApi.Json(new { description = "ci" }));
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("token").GetString()!;
    }
}
