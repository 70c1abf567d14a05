using System.Net;
using Suite.Testing;

namespace Suite.Platform.Tests.SystemStatus;

/// <summary>Calls Mattermost's apps make at start-up for features Suite does not have get Mattermost's "switched off" answers, not 404.</summary>
public sealed class FeaturesOffTests
{
    private SuiteTestServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost() => _server = await SuiteTestServer.StartAsync(modules: []);

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task WebappPlugins_AreAnEmptyListForAnyone()
    {
        using var anonymous = new SuiteApi(_server).Anonymous();
        using var response = await anonymous.GetAsync("/api/v4/plugins/webapp");

        Assert.That((await response.ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task ProductNotices_AreAnEmptyListForASignedInUser_RefusedWithoutASession_AndNeedATeamId()
    {
        var api = new SuiteApi(_server);
        using var user = await api.SignUpAndLoginAsync();
        var teamId = (await SuiteApi.CreateTeamAsync(user.Client)).GetProperty("id").GetString();
        using var anonymous = api.Anonymous();

        using var notices = await user.Client.GetAsync($"/api/v4/system/notices/{teamId}?clientVersion=10.11.0");
        using var refused = await anonymous.GetAsync($"/api/v4/system/notices/{teamId}");
        using var badId = await user.Client.GetAsync("/api/v4/system/notices/not-an-id");

        Assert.That((await notices.ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength(), Is.Zero);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await badId.ReadJsonAsync(HttpStatusCode.BadRequest)).GetProperty("id").GetString(), Is.EqualTo("api.context.invalid_url_param.app_error"));
    }
}
