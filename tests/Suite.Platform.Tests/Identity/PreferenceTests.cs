using System.Net;
using Suite.Testing;

namespace Suite.Platform.Tests.Identity;

/// <summary>Mattermost's <c>/api/v4/users/{user_id}/preferences</c>.</summary>
public sealed class PreferenceTests
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

    private static async Task<List<(string Category, string Name, string Value)>> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var list = await response.ReadJsonAsync(HttpStatusCode.OK);
        return list.EnumerateArray().Select(p => (p.GetProperty("category").GetString()!, p.GetProperty("name").GetString()!, p.GetProperty("value").GetString()!)).ToList();
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string userId, object preferences) =>
        await client.PutAsync($"/api/v4/users/{userId}/preferences", SuiteApi.Json(preferences));

    [Test]
    public async Task Preferences_AreSavedReplacedReadByCategoryAndDeleted()
    {
        using var user = await _api.SignUpAndLoginAsync();

        using (var saved = await PutAsync(user.Client, "me", new[]
        {
            new { user_id = user.Id, category = "notifications", name = "email_interval", value = "3600" },
            new { user_id = user.Id, category = "display_settings", name = "use_military_time", value = "true" },
        }))
        {
            Assert.That((await saved.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString(), Is.EqualTo("OK"));
        }

        using (var replaced = await PutAsync(user.Client, user.Id, new[] { new { user_id = user.Id, category = "notifications", name = "email_interval", value = "30" } }))
        {
            await replaced.ReadJsonAsync(HttpStatusCode.OK);
        }

        Assert.That(await ReadAsync(user.Client, "/api/v4/users/me/preferences"), Is.EqualTo(new[]
        {
            ("display_settings", "use_military_time", "true"),
            ("notifications", "email_interval", "30"),
        }));
        Assert.That(await ReadAsync(user.Client, $"/api/v4/users/{user.Id}/preferences/notifications"), Is.EqualTo(new[] { ("notifications", "email_interval", "30") }));

        using (var deleted = await user.Client.PostAsync($"/api/v4/users/{user.Id}/preferences/delete", SuiteApi.Json(new[] { new { user_id = user.Id, category = "notifications", name = "email_interval", value = "" } })))
        {
            await deleted.ReadJsonAsync(HttpStatusCode.OK);
        }

        Assert.That(await ReadAsync(user.Client, "/api/v4/users/me/preferences"), Is.EqualTo(new[] { ("display_settings", "use_military_time", "true") }));
    }

    [TestCase("", "email_interval", "30", "model.preference.is_valid.category.app_error")]
    [TestCase("notifications", "", "30", "model.preference.is_valid.name.app_error")]
    [TestCase("a_category_name_longer_than_32_ch", "email_interval", "30", "model.preference.is_valid.category.app_error")]
    public async Task BadPreferences_AreRefused_AndNoneOfTheListIsSaved(string category, string name, string value, string errorId)
    {
        using var user = await _api.SignUpAndLoginAsync();

        using var response = await PutAsync(user.Client, "me", new[]
        {
            new { user_id = user.Id, category = "display_settings", name = "ok", value = "1" },
            new { user_id = user.Id, category, name, value },
        });

        await response.ReadErrorAsync(HttpStatusCode.BadRequest, errorId);
        Assert.That(await ReadAsync(user.Client, "/api/v4/users/me/preferences"), Is.Empty);
    }

    [Test]
    public async Task AnotherUsersPreferences_CannotBeReadOrChanged_ButASystemAdminCan()
    {
        using var owner = await _api.SignUpAndLoginAsync();
        using var other = await _api.SignUpAndLoginAsync();
        var preference = new[] { new { user_id = owner.Id, category = "notifications", name = "email_interval", value = "900" } };

        using (var read = await other.Client.GetAsync($"/api/v4/users/{owner.Id}/preferences"))
        {
            await read.ReadErrorAsync(HttpStatusCode.Forbidden);
        }

        using (var write = await PutAsync(other.Client, owner.Id, preference))
        {
            await write.ReadErrorAsync(HttpStatusCode.Forbidden);
        }

        using (var mismatched = await PutAsync(other.Client, "me", preference))
        {
            await mismatched.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");
        }

        Assert.That(await ReadAsync(owner.Client, "/api/v4/users/me/preferences"), Is.Empty);
        using (var byAdmin = await PutAsync(_admin.Client, owner.Id, preference))
        {
            await byAdmin.ReadJsonAsync(HttpStatusCode.OK);
        }

        Assert.That(await ReadAsync(owner.Client, "/api/v4/users/me/preferences"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ABodyThatIsNotAList_IsBadRequest()
    {
        using var user = await _api.SignUpAndLoginAsync();
        using var response = await user.Client.PutAsync("/api/v4/users/me/preferences", new StringContent("{\"category\":\"x\"}", System.Text.Encoding.UTF8, "application/json"));
        await response.ReadErrorAsync(HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");
    }
}
