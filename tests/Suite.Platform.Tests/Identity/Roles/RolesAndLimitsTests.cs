using System.Net;
using Suite.Testing;

namespace Suite.Platform.Tests.Identity.Roles;

/// <summary>The built-in roles mattermost-redux loads at start-up, and the server limits it reads with loadMe.</summary>
public sealed class RolesAndLimitsTests
{
    private SuiteTestServer _server = null!;
    private SignedInUser _admin = null!;
    private SignedInUser _user = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync();
        var api = new SuiteApi(_server);
        _admin = await api.SignUpAndLoginAsync();
        _user = await api.SignUpAndLoginAsync();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        _user.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task RolesByNames_AnswersTheKnownRolesWithTheirPermissionsAndLeavesOutUnknownOnes()
    {
        using var response = await _user.Client.PostAsync("/api/v4/roles/names", SuiteApi.Json(new[] { "system_user", "channel_admin", "no_such_role" }));
        var roles = (await response.ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

        Assert.That(roles.Select(r => r.GetProperty("name").GetString()), Is.EquivalentTo(new[] { "system_user", "channel_admin" }));
        var channelAdmin = roles.Single(r => r.GetProperty("name").GetString() == "channel_admin");
        Assert.Multiple(() =>
        {
            Assert.That(channelAdmin.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()), Does.Contain("create_post").And.Contain("manage_channel_roles"));
            Assert.That(channelAdmin.GetProperty("id").GetString(), Has.Length.EqualTo(26));
            Assert.That(channelAdmin.GetProperty("built_in").GetBoolean(), Is.True);
        });

        using var byName = await _user.Client.GetAsync("/api/v4/roles/name/team_admin");
        var teamAdmin = await byName.ReadJsonAsync(HttpStatusCode.OK);
        using var byId = await _user.Client.GetAsync($"/api/v4/roles/{teamAdmin.GetProperty("id").GetString()}");
        Assert.That((await byId.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("name").GetString(), Is.EqualTo("team_admin"));
        using var missing = await _user.Client.GetAsync("/api/v4/roles/name/no_such_role");
        await missing.ReadErrorAsync(HttpStatusCode.NotFound);
        using var empty = await _user.Client.PostAsync("/api/v4/roles/names", SuiteApi.Json(Array.Empty<string>()));
        await empty.ReadErrorAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task RolesAndLimits_AreForSignedInUsersAndOnlyAdminsSeeTheActiveUserCount()
    {
        using var anonymous = new HttpClient { BaseAddress = _server.BaseAddress };
        using (var response = await anonymous.PostAsync("/api/v4/roles/names", SuiteApi.Json(new[] { "system_user" })))
        {
            await response.ReadErrorAsync(HttpStatusCode.Unauthorized);
        }

        using (var response = await anonymous.GetAsync("/api/v4/limits/server"))
        {
            await response.ReadErrorAsync(HttpStatusCode.Unauthorized);
        }

        using var asUser = await _user.Client.GetAsync("/api/v4/limits/server");
        using var asAdmin = await _admin.Client.GetAsync("/api/v4/limits/server");
        var userLimits = await asUser.ReadJsonAsync(HttpStatusCode.OK);
        var adminLimits = await asAdmin.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(userLimits.GetProperty("activeUserCount").GetInt64(), Is.Zero);
            Assert.That(userLimits.GetProperty("maxUsersLimit").GetInt64(), Is.Zero, "no edition limits users");
            Assert.That(adminLimits.GetProperty("activeUserCount").GetInt64(), Is.GreaterThanOrEqualTo(2));
        });
    }
}
