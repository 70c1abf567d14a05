using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.Licensing.Signing;
using Suite.Testing;
using Suite.Testing.Licensing;

namespace Suite.Playbooks.Tests.Editions;

/// <summary>
/// A Playbooks host that trusts the test vendor key and runs on a clock the test moves, so a test
/// can switch an edition on for its duration and give runs exact durations.
/// </summary>
public abstract class LicensedPlaybooksFixture : PlaybooksFixture
{
    protected FakeTimeProvider Clock { get; } = TestClock.StartingNow();

    protected override IReadOnlyDictionary<string, string?> ServerSettings => TestKeys.ServerSettings();

    protected override void Configure(WebApplicationBuilder builder) => builder.Services.AddSingleton<TimeProvider>(Clock);

    /// <summary>Installs a license of <paramref name="sku"/> until the returned scope is disposed.</summary>
    protected async Task<IAsyncDisposable> LicensedAsync(string sku = Skus.Enterprise)
    {
        using var response = await LicenseHttp.UploadAsync(Admin.Client, TestKeys.Trusted.Sign(TestLicenses.Create(Clock, sku)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return new LicenseScope(Admin.Client);
    }

    protected static async Task ExpectOkAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    protected async Task<string> StartRunAsync(string teamId, string playbookId, string ownerId = "", string name = "Outage")
    {
        using var response = await Owner.Client.PostAsync($"{Root}/runs", SuiteApi.Json(new { name, team_id = teamId, playbook_id = playbookId, owner_user_id = ownerId }));
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    private sealed class LicenseScope(HttpClient admin) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            using var response = await admin.DeleteAsync("/api/v4/license");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }
}
