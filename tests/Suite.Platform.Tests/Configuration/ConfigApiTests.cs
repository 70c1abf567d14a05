using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Configuration;

/// <summary>Mattermost's configuration API: the client map the apps read first, and the settings system admins change at run time.</summary>
public sealed class ConfigApiTests
{
    private SuiteTestServer _server = null!;
    private SuiteApi _api = null!;
    private SignedInUser _admin = null!;
    private SignedInUser _user = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync();
        _api = new SuiteApi(_server);
        _admin = await _api.SignUpAndLoginAsync();
        _user = await _api.SignUpAndLoginAsync();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        _user.Dispose();
        await _server.DisposeAsync();
    }

    [TearDown]
    public async Task ResetEverySetting()
    {
        using var response = await _admin.Client.PutAsync("/api/v4/config", SuiteApi.Raw("{}"));
        await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task ClientConfig_GivesAnonymousCallersOnlyTheLimitedMap_AndSignedInUsersTheRest()
    {
        using var anonymous = _api.Anonymous();

        var limited = await ClientConfigAsync(anonymous);
        var full = await ClientConfigAsync(_user.Client);

        Assert.Multiple(() =>
        {
            Assert.That(limited["Version"], Is.Not.Empty);
            Assert.That(limited["SiteName"], Is.EqualTo("Suite"));
            Assert.That(limited["EnableBotAccountCreation"], Is.EqualTo("true"));
            Assert.That(limited["PasswordMinimumLength"], Is.EqualTo("8"));
            Assert.That(limited["EnableCustomEmoji"], Is.EqualTo("true"));
            Assert.That(limited.ContainsKey("CollapsedThreads"), Is.False);
            Assert.That(limited.ContainsKey("EnableIncomingWebhooks"), Is.False);
            Assert.That(full["CollapsedThreads"], Is.EqualTo("default_off"));
            Assert.That(full["EnableIncomingWebhooks"], Is.EqualTo("true"));
            Assert.That(full["MaxFileSize"], Is.EqualTo("104857600"));
            Assert.That(full.Keys, Is.SupersetOf(limited.Keys));
        });
    }

    [Test]
    public async Task ClientConfig_WithoutFormatOld_IsNotImplemented_AndAnotherFormatIsABadRequest()
    {
        using var anonymous = _api.Anonymous();

        using var missing = await anonymous.GetAsync("/api/v4/config/client");
        using var other = await anonymous.GetAsync("/api/v4/config/client?format=new");

        var error = await missing.ReadJsonAsync(HttpStatusCode.NotImplemented);
        Assert.That(error.GetProperty("id").GetString(), Is.EqualTo("api.config.client.old_format.app_error"));
        await other.ReadJsonAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task TheConfiguration_IsReadAndChangedOnlyBySystemAdmins()
    {
        using var anonymous = _api.Anonymous();

        using var userRead = await _user.Client.GetAsync("/api/v4/config");
        using var userPatch = await _user.Client.PutAsync("/api/v4/config/patch", SuiteApi.Raw("""{"ServiceSettings":{"EnableBotAccountCreation":false}}"""));
        using var userPut = await _user.Client.PutAsync("/api/v4/config", SuiteApi.Raw("{}"));
        using var anonymousRead = await anonymous.GetAsync("/api/v4/config");

        await userRead.ReadJsonAsync(HttpStatusCode.Forbidden);
        await userPatch.ReadJsonAsync(HttpStatusCode.Forbidden);
        await userPut.ReadJsonAsync(HttpStatusCode.Forbidden);
        await anonymousRead.ReadJsonAsync(HttpStatusCode.Unauthorized);
        var config = await ConfigAsync();
        Assert.That(config.GetProperty("ServiceSettings").GetProperty("EnableBotAccountCreation").GetBoolean(), Is.True);
    }

    [Test]
    public async Task PatchingSettings_AppliesThemAtOnce_ToBotCreationAndPasswords()
    {
        var patched = await PatchAsync("""{"ServiceSettings":{"EnableBotAccountCreation":false},"PasswordSettings":{"MinimumLength":12}}""");

        using var bot = await _admin.Client.PostAsync("/api/v4/bots", SuiteApi.Json(new { username = SuiteApi.UniqueName("bot") }));
        using var shortPassword = await _api.Anonymous().PostAsync(
            "/api/v4/users", SuiteApi.Json(new { username = SuiteApi.UniqueName(), email = $"{SuiteApi.UniqueName()}@example.com", password = "elevenchars" }));

        Assert.That(patched.GetProperty("PasswordSettings").GetProperty("MinimumLength").GetInt64(), Is.EqualTo(12));
        var refused = await bot.ReadJsonAsync(HttpStatusCode.Forbidden);
        Assert.That(refused.GetProperty("id").GetString(), Is.EqualTo("api.bot.create_disabled"));
        var tooShort = await shortPassword.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.That(tooShort.GetProperty("message").GetString(), Does.Contain("at least 12"));
        Assert.That((await ClientConfigAsync(_user.Client))["EnableBotAccountCreation"], Is.EqualTo("false"));
    }

    [Test]
    public async Task APatchWithOneBadValue_ChangesNothing_AndNamesTheField()
    {
        using var response = await _admin.Client.PutAsync(
            "/api/v4/config/patch", SuiteApi.Raw("""{"ServiceSettings":{"EnableBotAccountCreation":false},"PasswordSettings":{"MinimumLength":"twelve"}}"""));
        using var outOfRange = await _admin.Client.PutAsync("/api/v4/config/patch", SuiteApi.Raw("""{"PasswordSettings":{"MinimumLength":0}}"""));
        using var notAnObject = await _admin.Client.PutAsync("/api/v4/config/patch", SuiteApi.Raw("""[1, 2]"""));

        var error = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("PasswordSettings.MinimumLength"));
        await outOfRange.ReadJsonAsync(HttpStatusCode.BadRequest);
        await notAnObject.ReadJsonAsync(HttpStatusCode.BadRequest);
        var config = await ConfigAsync();
        Assert.That(config.GetProperty("ServiceSettings").GetProperty("EnableBotAccountCreation").GetBoolean(), Is.True);
        Assert.That(config.GetProperty("PasswordSettings").GetProperty("MinimumLength").GetInt64(), Is.EqualTo(8));
    }

    [Test]
    public async Task PuttingAWholeConfiguration_ReturnsLeftOutSettingsToTheirDefaults_AndIgnoresUnknownFields()
    {
        await PatchAsync("""{"PasswordSettings":{"MinimumLength":12},"TeamSettings":{"SiteName":"Ops"}}""");

        using var response = await _admin.Client.PutAsync(
            "/api/v4/config", SuiteApi.Raw("""{"TeamSettings":{"SiteName":"Ops HQ","MaxUsersPerTeam":50},"SqlSettings":{"DriverName":"postgres"}}"""));

        var config = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(config.GetProperty("TeamSettings").GetProperty("SiteName").GetString(), Is.EqualTo("Ops HQ"));
        Assert.That(config.GetProperty("PasswordSettings").GetProperty("MinimumLength").GetInt64(), Is.EqualTo(8));
        Assert.That(config.TryGetProperty("SqlSettings", out _), Is.False);
    }

    [Test]
    public async Task AStoredSetting_ReachesAnotherProcessOnTheSameDatabase_AndSurvivesItsRestart()
    {
        await using (var other = await SuiteTestServer.StartAsync(_server.ConnectionString))
        {
            await PatchAsync("""{"TeamSettings":{"SiteName":"Incident HQ"}}""");

            using var client = other.CreateClient();
            await Eventually.HoldsAsync(async () => (await ClientConfigAsync(client))["SiteName"] == "Incident HQ", "the other process reads the new site name");
        }

        await using var restarted = await SuiteTestServer.StartAsync(_server.ConnectionString);
        using var restartedClient = restarted.CreateClient();
        Assert.That((await ClientConfigAsync(restartedClient))["SiteName"], Is.EqualTo("Incident HQ"));
    }

    private async Task<JsonElement> ConfigAsync()
    {
        using var response = await _admin.Client.GetAsync("/api/v4/config");
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    private async Task<JsonElement> PatchAsync(string body)
    {
        using var response = await _admin.Client.PutAsync("/api/v4/config/patch", SuiteApi.Raw(body));
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    private static async Task<Dictionary<string, string>> ClientConfigAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v4/config/client?format=old");
        var map = await response.ReadJsonAsync(HttpStatusCode.OK);
        return map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }
}
