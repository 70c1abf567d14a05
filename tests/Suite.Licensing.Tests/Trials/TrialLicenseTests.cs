using System.Net;
using System.Text;
using System.Text.Json;
using Dapper;
using Npgsql;
using Suite.Testing;

namespace Suite.Licensing.Tests.Trials;

/// <summary>The trial, end to end: a Suite server asks a real portal process-in-test, once per installation.</summary>
public sealed class TrialLicenseTests
{
    private TestPortal _portal = null!;
    private SuiteTestServer _server = null!;
    private SignedInUser _admin = null!;

    [OneTimeSetUp]
    public async Task StartPortalAndServer()
    {
        _portal = await TestPortal.StartAsync();
        _server = await SuiteTestServer.StartAsync(settings: _portal.ServerSettings());
        _admin = await Accounts.AdminAsync(_server);
    }

    [OneTimeTearDown]
    public async Task StopBoth()
    {
        _admin.Dispose();
        await _server.DisposeAsync();
        await _portal.DisposeAsync();
    }

    internal static StringContent TrialBody(string company = "Initech") => new(JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["users"] = 100,
        ["terms_accepted"] = true,
        ["receive_emails_accepted"] = true,
        ["contact_name"] = "Peter Gibbons",
        ["contact_email"] = "peter@initech.example",
        ["company_name"] = company,
        ["company_size"] = "51-250",
        ["company_country"] = "US",
    }), Encoding.UTF8, "application/json");

    private static async Task<string> InstallationIdAsync(SuiteTestServer server)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        return await connection.ExecuteScalarAsync<string>("SELECT value FROM licensing.settings WHERE key = 'installation_id'") ?? "";
    }

    [Test]
    [Order(1)]
    public async Task TrialRequest_ByNonAdminOrAnonymous_IsRefused()
    {
        using var user = await Accounts.UserAsync(_server);
        using var anonymous = _server.CreateClient();

        using var asUser = await user.Client.PostAsync("/api/v4/trial-license", TrialBody());
        using var asAnonymous = await anonymous.PostAsync("/api/v4/trial-license", TrialBody());

        await LicenseHttp.ErrorAsync(asUser, HttpStatusCode.Forbidden, "api.context.permissions.app_error");
        await LicenseHttp.ErrorAsync(asAnonymous, HttpStatusCode.Unauthorized, "api.context.session_expired.app_error");
    }

    [Test]
    [Order(2)]
    public async Task TrialRequest_WithoutAcceptingTheTerms_Returns400NamingTheField()
    {
        using var body = new StringContent("""{"users":100,"terms_accepted":false}""", Encoding.UTF8, "application/json");
        using var response = await _admin.Client.PostAsync("/api/v4/trial-license", body);

        var error = await LicenseHttp.ErrorAsync(response, HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("terms_accepted"));
    }

    [Test]
    [Order(3)]
    public async Task PreviousTrial_BeforeAnyTrial_IsUnlicensed()
    {
        using var response = await _admin.Client.GetAsync("/api/v4/trial-license/prev");

        var body = await LicenseHttp.JsonAsync(response, HttpStatusCode.OK);
        Assert.That(body.ToString(), Is.EqualTo("""{"IsLicensed":"false"}"""));
    }

    [Test]
    [Order(4)]
    public async Task FirstTrial_InstallsAnEnterpriseTrialFromThePortal()
    {
        using var response = await _admin.Client.PostAsync("/api/v4/trial-license", TrialBody());

        var body = await LicenseHttp.JsonAsync(response, HttpStatusCode.OK);
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("OK"));
        var view = await LicenseHttp.ClientLicenseAsync(_admin.Client);
        Assert.Multiple(() =>
        {
            Assert.That(view["IsLicensed"], Is.EqualTo("true"));
            Assert.That(view["IsTrial"], Is.EqualTo("true"));
            Assert.That(view["SkuShortName"], Is.EqualTo("enterprise"));
            Assert.That(view["Users"], Is.EqualTo("100"));
            Assert.That(view["Company"], Is.EqualTo("Initech"));
            Assert.That(long.Parse(view["ExpiresAt"], System.Globalization.CultureInfo.InvariantCulture) - long.Parse(view["StartsAt"], System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo((long)Signing.License.TrialDuration.TotalMilliseconds));
        });
        using var gated = await _admin.Client.GetAsync("/api/v4/compliance/users/export");
        Assert.That(gated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    [Order(5)]
    public async Task PreviousTrial_AfterTheTrial_ShowsItInClientLicenseShape()
    {
        using var response = await _admin.Client.GetAsync("/api/v4/trial-license/prev");

        var body = await LicenseHttp.JsonAsync(response, HttpStatusCode.OK);
        Assert.That(body.GetProperty("IsTrial").GetString(), Is.EqualTo("true"));
        Assert.That(body.GetProperty("Id").GetString(), Is.EqualTo((await LicenseHttp.ClientLicenseAsync(_admin.Client))["Id"]));
    }

    [Test]
    [Order(6)]
    public async Task SecondTrial_IsRefusedByTheServer()
    {
        using var response = await _admin.Client.PostAsync("/api/v4/trial-license", TrialBody());

        await LicenseHttp.ErrorAsync(response, HttpStatusCode.BadRequest, "api.license.request-trial.can-start-trial.not-allowed");
    }

    [Test]
    [Order(7)]
    public async Task SecondTrialForTheSameServerId_IsRefusedByThePortal()
    {
        var serverId = await InstallationIdAsync(_server);
        using var portal = _portal.CreateClient();
        using var body = new StringContent(JsonSerializer.Serialize(new { server_id = serverId, users = 10, terms_accepted = true, email = "x@example.com" }), Encoding.UTF8, "application/json");

        using var response = await portal.PostAsync("/api/v1/trials", body);

        var error = await LicenseHttp.JsonAsync(response, HttpStatusCode.Conflict);
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("already had its trial"));
    }

    [Test]
    [Order(8)]
    public async Task SecondTrial_IsStillRefusedAfterAHostRestart()
    {
        await using var restarted = await SuiteTestServer.StartAsync(_server.ConnectionString, settings: _portal.ServerSettings());
        using var admin = await Accounts.LoginAsync(restarted, _admin.User);

        using var response = await admin.Client.PostAsync("/api/v4/trial-license", TrialBody());

        await LicenseHttp.ErrorAsync(response, HttpStatusCode.BadRequest, "api.license.request-trial.can-start-trial.not-allowed");
        Assert.That((await LicenseHttp.ClientLicenseAsync(admin.Client))["IsTrial"], Is.EqualTo("true"));
    }

    [Test]
    [Order(9)]
    public async Task InstallationWhoseServerIdAlreadyHadATrial_IsRefusedByThePortalAndNothingChanges()
    {
        await using var clone = await SuiteTestServer.StartAsync(settings: _portal.ServerSettings());
        await using (var connection = new NpgsqlConnection(clone.ConnectionString))
        {
            await connection.ExecuteAsync(
                "INSERT INTO licensing.settings (key, value) VALUES ('installation_id', @id) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                new { id = await InstallationIdAsync(_server) });
        }

        using var admin = await Accounts.AdminAsync(clone);
        using var response = await admin.Client.PostAsync("/api/v4/trial-license", TrialBody("Initech Clone"));

        var error = await LicenseHttp.ErrorAsync(response, HttpStatusCode.BadRequest, "api.license.request-trial.can-start-trial.not-allowed");
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("portal refused"));
        Assert.That((await LicenseHttp.ClientLicenseAsync(admin.Client))["IsLicensed"], Is.EqualTo("false"));
    }

    [Test]
    [Order(10)]
    public async Task Leads_ExportAsCsvForTheVendorOnly()
    {
        using var vendor = _portal.CreateClient(asVendor: true);
        using var stranger = _portal.CreateClient();

        using var export = await vendor.GetAsync("/api/v1/leads/export");
        using var refused = await stranger.GetAsync("/api/v1/leads/export");
        using var list = await vendor.GetAsync("/api/v1/leads");

        Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(export.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var lines = (await export.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Does.StartWith("id,received_at,server_id,outcome,license_id,users,contact_name,contact_email"));
            Assert.That(lines.Count(l => l.Contains(",issued,", StringComparison.Ordinal) && l.Contains("Initech", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(lines.Count(l => l.Contains(",refused,", StringComparison.Ordinal)), Is.EqualTo(2));
            Assert.That(lines.Single(l => l.Contains(",issued,", StringComparison.Ordinal)), Does.Contain("Peter Gibbons,peter@initech.example").And.Contain("51-250"));
        });
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var leads = await LicenseHttp.JsonAsync(list, HttpStatusCode.OK);
        Assert.That(leads.GetArrayLength(), Is.EqualTo(lines.Length - 1));
    }
}
