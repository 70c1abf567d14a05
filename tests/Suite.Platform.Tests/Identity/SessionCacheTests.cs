using System.Net;
using Suite.Platform.Identity.Sessions;
using Suite.Testing;

namespace Suite.Platform.Tests.Identity;

/// <summary>
/// Sessions are cached per process, and every way of ending one (or changing what it may do) takes
/// effect in every process sharing the database: at once in the process that made the change,
/// within moments in the others.
/// </summary>
public sealed class SessionCacheTests
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);
    private SuiteTestServer _first = null!;
    private SuiteTestServer _second = null!;
    private SuiteApi _onFirst = null!;
    private SuiteApi _onSecond = null!;
    private SignedInUser _admin = null!;

    [OneTimeSetUp]
    public async Task StartHosts()
    {
        _first = await SuiteTestServer.StartAsync(modules: []);
        _second = await SuiteTestServer.StartAsync(connectionString: _first.ConnectionString, modules: []);
        _onFirst = new SuiteApi(_first);
        _onSecond = new SuiteApi(_second);
        _admin = await _onFirst.SignUpAndLoginAsync();
    }

    [OneTimeTearDown]
    public async Task StopHosts()
    {
        _admin.Dispose();
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Test]
    public async Task AKnownSession_IsAnsweredFromTheCache()
    {
        using var user = await _onFirst.SignUpAndLoginAsync();
        using var onSecond = _onSecond.WithToken(user.Token);
        await MeAsync(onSecond, HttpStatusCode.OK);

        Assert.That(_second.Service<SessionCache>().TryGet(user.Token, out var cached), Is.True);
        Assert.That(cached.UserId, Is.EqualTo(user.Id));
    }

    [Test]
    public async Task Logout_EndsTheSessionAtOnceHereAndPromptlyInTheOtherProcess()
    {
        using var user = await _onFirst.SignUpAndLoginAsync();
        using var onSecond = _onSecond.WithToken(user.Token);
        await MeAsync(user.Client, HttpStatusCode.OK);
        await MeAsync(onSecond, HttpStatusCode.OK);

        using (var logout = await user.Client.PostAsync("/api/v4/users/logout", null))
        {
            await logout.ReadJsonAsync(HttpStatusCode.OK);
        }

        await MeAsync(user.Client, HttpStatusCode.Unauthorized);
        Assert.That(await UnauthorizedWithinAsync(onSecond), Is.True, "the other process still accepted the session");
    }

    [Test]
    public async Task Deactivation_EndsTheUsersSessionsInEveryProcess()
    {
        using var user = await _onFirst.SignUpAndLoginAsync();
        using var onSecond = _onSecond.WithToken(user.Token);
        await MeAsync(onSecond, HttpStatusCode.OK);

        using (var deactivate = await _admin.Client.DeleteAsync($"/api/v4/users/{user.Id}"))
        {
            await deactivate.ReadJsonAsync(HttpStatusCode.OK);
        }

        await MeAsync(user.Client, HttpStatusCode.Unauthorized);
        Assert.That(await UnauthorizedWithinAsync(onSecond), Is.True);
    }

    [Test]
    public async Task RevokedAccessToken_StopsWorkingInEveryProcess()
    {
        using var user = await _onFirst.SignUpAndLoginAsync();
        using var created = await user.Client.PostAsync($"/api/v4/users/{user.Id}/tokens", SuiteApi.Json(new { description = "cached" }));
        var token = await created.ReadJsonAsync(HttpStatusCode.Created);
        using var patOnFirst = _onFirst.WithToken(token.GetProperty("token").GetString()!);
        using var patOnSecond = _onSecond.WithToken(token.GetProperty("token").GetString()!);
        await MeAsync(patOnFirst, HttpStatusCode.OK);
        await MeAsync(patOnSecond, HttpStatusCode.OK);

        using (var revoke = await user.Client.PostAsync("/api/v4/users/tokens/revoke", SuiteApi.Json(new { token_id = token.GetProperty("id").GetString() })))
        {
            await revoke.ReadJsonAsync(HttpStatusCode.OK);
        }

        await MeAsync(patOnFirst, HttpStatusCode.Unauthorized);
        Assert.That(await UnauthorizedWithinAsync(patOnSecond), Is.True);
    }

    [Test]
    public async Task RoleChangedInTheDatabase_ReachesCachedSessions()
    {
        using var user = await _onFirst.SignUpAndLoginAsync();
        using var onSecond = _onSecond.WithToken(user.Token);
        await MeAsync(onSecond, HttpStatusCode.OK);

        await _first.ExecuteAsync("UPDATE platform.users SET roles = 'system_user system_admin' WHERE id = @id", ("id", user.Id));

        var deadline = DateTime.UtcNow + Prompt;
        while (!(_second.Service<SessionCache>().TryGet(user.Token, out var cached) && cached.IsSystemAdmin) && DateTime.UtcNow < deadline)
        {
            await MeAsync(onSecond, HttpStatusCode.OK);
            await Task.Delay(10);
        }

        Assert.That(_second.Service<SessionCache>().TryGet(user.Token, out var after) && after.IsSystemAdmin, Is.True, "the cached session kept the old roles");
    }

    private static async Task MeAsync(HttpClient client, HttpStatusCode expected)
    {
        using var response = await client.GetAsync("/api/v4/users/me");
        if (expected == HttpStatusCode.OK)
        {
            await response.ReadJsonAsync(expected);
        }
        else
        {
            await response.ReadErrorAsync(expected);
        }
    }

    private static async Task<bool> UnauthorizedWithinAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + Prompt;
        while (true)
        {
            using var response = await client.GetAsync("/api/v4/users/me");
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                return true;
            }

            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(10);
        }
    }
}
