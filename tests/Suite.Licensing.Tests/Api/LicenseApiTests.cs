using System.Net;
using System.Text;
using Suite.Licensing.Contracts;
using Suite.Licensing.Signing;
using Suite.Platform.Licensing;
using Suite.Platform.Modules;
using Suite.Testing;

namespace Suite.Licensing.Tests.Api;

public sealed class LicenseApiTests
{
    private static readonly string[] MattermostClientKeys =
    [
        "IsLicensed", "Id", "SkuName", "SkuShortName", "Users", "IsTrial", "IsGovSku", "IssuedAt", "StartsAt", "ExpiresAt", "Name", "Email", "Company",
        "LDAP", "LDAPGroups", "MFA", "SAML", "GoogleOAuth", "Office365OAuth", "OpenId", "Cluster", "Metrics", "Elasticsearch", "MHPNS",
        "Compliance", "DataRetention", "MessageExport", "CustomTermsOfService", "Announcement", "IDLoadedPushNotifications",
        "EmailNotificationContents", "CustomPermissionsSchemes", "GuestAccounts", "GuestAccountsPermissions", "LockTeammateNameDisplay",
        "Cloud", "SharedChannels", "RemoteClusterService", "OutgoingOAuthConnections",
    ];

    private static readonly string[] PrivateClientKeys = ["Id", "Name", "Email", "IssuedAt", "StartsAt", "ExpiresAt", "SkuName"];

    private SuiteTestServer _server = null!;
    private SignedInUser _admin = null!;
    private SignedInUser _user = null!;
    private HttpClient _anonymous = null!;
    private License _enterprise = null!;
    private string _enterpriseText = null!;
    private string _professionalText = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync(settings: TestKeys.ServerSettings());
        _admin = await Accounts.AdminAsync(_server);
        _user = await Accounts.UserAsync(_server);
        _anonymous = Accounts.Anonymous(_server);
        _enterprise = TestLicenses.Create(users: 50);
        _enterpriseText = TestKeys.Trusted.Sign(_enterprise);
        _professionalText = TestLicenses.SignedText(sku: Skus.Professional, users: 50);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        _user.Dispose();
        _anonymous.Dispose();
        await _server.DisposeAsync();
    }

    [SetUp]
    public async Task StartUnlicensed()
    {
        using var response = await _admin.Client.DeleteAsync("/api/v4/license");
        await LicenseHttp.JsonAsync(response, HttpStatusCode.OK);
    }

    private async Task InstallAsync(string text)
    {
        using var response = await LicenseHttp.UploadAsync(_admin.Client, text);
        await LicenseHttp.JsonAsync(response, HttpStatusCode.Created);
    }

    [Test]
    public async Task ClientLicense_WhenUnlicensed_IsExactlyIsLicensedFalse()
    {
        var view = await LicenseHttp.ClientLicenseAsync(_anonymous);

        Assert.That(view, Is.EqualTo(new Dictionary<string, string> { ["IsLicensed"] = "false" }));
    }

    [Test]
    public async Task Upload_AsAdmin_Returns201WithTheLicenseInMattermostsShape()
    {
        using var response = await LicenseHttp.UploadAsync(_admin.Client, _enterpriseText);

        var license = await LicenseHttp.JsonAsync(response, HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(license.GetProperty("id").GetString(), Is.EqualTo(_enterprise.Id));
            Assert.That(license.GetProperty("sku_short_name").GetString(), Is.EqualTo("enterprise"));
            Assert.That(license.GetProperty("expires_at").GetInt64(), Is.EqualTo(_enterprise.ExpiresAt));
            Assert.That(license.GetProperty("customer").GetProperty("company").GetString(), Is.EqualTo("Analytical Engines Ltd"));
            Assert.That(license.GetProperty("features").GetProperty("users").GetInt32(), Is.EqualTo(50));
            Assert.That(license.GetProperty("features").GetProperty("cluster").GetBoolean(), Is.True);
            Assert.That(license.GetProperty("features").GetProperty("cloud").GetBoolean(), Is.False);
            Assert.That(license.GetProperty("is_trial").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task ClientLicense_ForAdmin_HasEveryMattermostKeyAsAString()
    {
        await InstallAsync(_enterpriseText);

        var view = await LicenseHttp.ClientLicenseAsync(_admin.Client);

        Assert.That(view.Keys, Is.SupersetOf(MattermostClientKeys));
        Assert.Multiple(() =>
        {
            Assert.That(view["IsLicensed"], Is.EqualTo("true"));
            Assert.That(view["Id"], Is.EqualTo(_enterprise.Id));
            Assert.That(view["SkuShortName"], Is.EqualTo("enterprise"));
            Assert.That(view["SkuName"], Is.EqualTo("Enterprise"));
            Assert.That(view["Users"], Is.EqualTo("50"));
            Assert.That(view["IsTrial"], Is.EqualTo("false"));
            Assert.That(view["ExpiresAt"], Is.EqualTo(_enterprise.ExpiresAt.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(view["Cluster"], Is.EqualTo("true"));
            Assert.That(view["Cloud"], Is.EqualTo("false"));
            Assert.That(view["Email"], Is.EqualTo("ada@example.com"));
            Assert.That(view["IsExpiringSoon"], Is.EqualTo("false"));
            Assert.That(view["IsInGracePeriod"], Is.EqualTo("false"));
        });
    }

    [Test]
    public async Task ClientLicense_ForUsersAndAnonymous_IsSanitised()
    {
        await InstallAsync(_enterpriseText);

        foreach (var client in new[] { _user.Client, _anonymous })
        {
            var view = await LicenseHttp.ClientLicenseAsync(client);

            Assert.That(view.Keys, Is.SupersetOf(MattermostClientKeys.Except(PrivateClientKeys)));
            Assert.That(view.Keys, Has.None.AnyOf(PrivateClientKeys));
            Assert.That(view["SkuShortName"], Is.EqualTo("enterprise"));
            Assert.That(view["Users"], Is.EqualTo("50"));
            Assert.That(view["Cluster"], Is.EqualTo("true"));
        }
    }

    [Test]
    public async Task Upload_AsNonAdmin_Returns403AndChangesNothing()
    {
        using var response = await LicenseHttp.UploadAsync(_user.Client, _enterpriseText);

        await LicenseHttp.ErrorAsync(response, HttpStatusCode.Forbidden, "api.context.permissions.app_error");
        Assert.That((await LicenseHttp.ClientLicenseAsync(_admin.Client))["IsLicensed"], Is.EqualTo("false"));
    }

    [Test]
    public async Task Upload_Anonymously_Returns401AndChangesNothing()
    {
        using var response = await LicenseHttp.UploadAsync(_anonymous, _enterpriseText);

        await LicenseHttp.ErrorAsync(response, HttpStatusCode.Unauthorized, "api.context.session_expired.app_error");
        Assert.That((await LicenseHttp.ClientLicenseAsync(_admin.Client))["IsLicensed"], Is.EqualTo("false"));
    }

    [Test]
    public async Task Preview_AsAdmin_ReturnsTheLicenseWithoutInstallingIt()
    {
        using var response = await LicenseHttp.UploadAsync(_admin.Client, _enterpriseText, "/api/v4/license/preview");

        var license = await LicenseHttp.JsonAsync(response, HttpStatusCode.OK);
        Assert.That(license.GetProperty("id").GetString(), Is.EqualTo(_enterprise.Id));
        Assert.That((await LicenseHttp.ClientLicenseAsync(_admin.Client))["IsLicensed"], Is.EqualTo("false"));
    }

    [Test]
    public async Task Preview_ForNonAdminAndAnonymous_IsRefused()
    {
        using var asUser = await LicenseHttp.UploadAsync(_user.Client, _enterpriseText, "/api/v4/license/preview");
        using var asAnonymous = await LicenseHttp.UploadAsync(_anonymous, _enterpriseText, "/api/v4/license/preview");

        await LicenseHttp.ErrorAsync(asUser, HttpStatusCode.Forbidden, "api.context.permissions.app_error");
        await LicenseHttp.ErrorAsync(asAnonymous, HttpStatusCode.Unauthorized, "api.context.session_expired.app_error");
    }

    [Test]
    public async Task Preview_TamperedLicense_Returns400()
    {
        using var response = await LicenseHttp.UploadAsync(_admin.Client, Tamper(_enterpriseText), "/api/v4/license/preview");

        await LicenseHttp.ErrorAsync(response, HttpStatusCode.BadRequest, "api.license.add_license.invalid.app_error");
    }

    [Test]
    public async Task Delete_AsAdmin_ReturnsStatusOkAndUnlicenses()
    {
        await InstallAsync(_enterpriseText);

        using var response = await _admin.Client.DeleteAsync("/api/v4/license");

        var body = await LicenseHttp.JsonAsync(response, HttpStatusCode.OK);
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("OK"));
        Assert.That((await LicenseHttp.ClientLicenseAsync(_admin.Client))["IsLicensed"], Is.EqualTo("false"));
    }

    [Test]
    public async Task Delete_ByNonAdminOrAnonymous_IsRefusedAndTheLicenseStays()
    {
        await InstallAsync(_enterpriseText);

        using var asUser = await _user.Client.DeleteAsync("/api/v4/license");
        using var asAnonymous = await _anonymous.DeleteAsync("/api/v4/license");

        await LicenseHttp.ErrorAsync(asUser, HttpStatusCode.Forbidden, "api.context.permissions.app_error");
        await LicenseHttp.ErrorAsync(asAnonymous, HttpStatusCode.Unauthorized, "api.context.session_expired.app_error");
        Assert.That((await LicenseHttp.ClientLicenseAsync(_admin.Client))["IsLicensed"], Is.EqualTo("true"));
    }

    [Test]
    public async Task Upload_TamperedPayload_Returns400AndKeepsTheInstalledLicense()
    {
        await InstallAsync(_professionalText);

        using var response = await LicenseHttp.UploadAsync(_admin.Client, Tamper(_enterpriseText));

        var error = await LicenseHttp.ErrorAsync(response, HttpStatusCode.BadRequest, "api.license.add_license.invalid.app_error");
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("signature is not valid"));
        Assert.That((await LicenseHttp.ClientLicenseAsync(_admin.Client))["SkuShortName"], Is.EqualTo("professional"));
    }

    [Test]
    public async Task Upload_SignedByAnUnknownKey_Returns400()
    {
        using var response = await LicenseHttp.UploadAsync(_admin.Client, TestKeys.Unknown.Sign(TestLicenses.Create()));

        var error = await LicenseHttp.ErrorAsync(response, HttpStatusCode.BadRequest, "api.license.add_license.invalid.app_error");
        Assert.That(error.GetProperty("detailed_error").GetString(), Is.EqualTo("reason=BadSignature"));
    }

    [TestCase("garbage that is not base64!", "reason=NotALicense")]
    [TestCase("AAAA", "reason=TooShort")]
    public async Task Upload_Garbage_Returns400SayingWhy(string text, string detail)
    {
        using var response = await LicenseHttp.UploadAsync(_admin.Client, text);

        var error = await LicenseHttp.ErrorAsync(response, HttpStatusCode.BadRequest, "api.license.add_license.invalid.app_error");
        Assert.That(error.GetProperty("detailed_error").GetString(), Is.EqualTo(detail));
    }

    [Test]
    public async Task Upload_WithoutTheLicenseField_Returns400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "something_else" } };
        using var response = await _admin.Client.PostAsync("/api/v4/license", form);

        await LicenseHttp.ErrorAsync(response, HttpStatusCode.BadRequest, "api.license.add_license.no_file.app_error");
    }

    [Test]
    public async Task Upload_ExpiredLicense_Returns400()
    {
        var expired = TestKeys.Trusted.Sign(TestLicenses.Create(validFor: TimeSpan.FromDays(-1), startedAgo: TimeSpan.FromDays(30)));

        using var response = await LicenseHttp.UploadAsync(_admin.Client, expired);

        var error = await LicenseHttp.ErrorAsync(response, HttpStatusCode.BadRequest, "api.license.add_license.expired.app_error");
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("expired on"));
        Assert.That((await LicenseHttp.ClientLicenseAsync(_admin.Client))["IsLicensed"], Is.EqualTo("false"));
    }

    [Test]
    public async Task Upload_LicenseThatHasNotStarted_Returns400()
    {
        var future = TestKeys.Trusted.Sign(TestLicenses.Create(startedAgo: TimeSpan.FromDays(-2)));

        using var response = await LicenseHttp.UploadAsync(_admin.Client, future);

        await LicenseHttp.ErrorAsync(response, HttpStatusCode.BadRequest, "api.license.add_license.expired.app_error");
    }

    [Test]
    public async Task Upload_ForFewerUsersThanAreActive_Returns400NamingBothCounts()
    {
        var active = await ActiveUsersAsync();
        var tooSmall = TestLicenses.SignedText(users: (int)active - 1);
        var justEnough = TestLicenses.SignedText(users: (int)active);

        using var refused = await LicenseHttp.UploadAsync(_admin.Client, tooSmall);
        using var accepted = await LicenseHttp.UploadAsync(_admin.Client, justEnough);

        var error = await LicenseHttp.ErrorAsync(refused, HttpStatusCode.BadRequest, "api.license.add_license.unique_users.app_error");
        Assert.That(error.GetProperty("message").GetString(), Does.Contain($"only supports {active - 1} users").And.Contain($"{active} active users"));
        await LicenseHttp.JsonAsync(accepted, HttpStatusCode.Created);
    }

    [Test]
    public async Task GatedEndpoint_WithoutLicense_Returns403NamingTheFeatureAndEdition_ThenWorksWithOne()
    {
        using var refused = await _admin.Client.GetAsync("/api/v4/compliance/users/export");
        var error = await LicenseHttp.ErrorAsync(refused, HttpStatusCode.Forbidden, "api.license.feature_unavailable.app_error");
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("Compliance export").And.Contain("Enterprise"));

        await InstallAsync(_enterpriseText);
        using var allowed = await _admin.Client.GetAsync("/api/v4/compliance/users/export");

        Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(allowed.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var csv = await allowed.Content.ReadAsStringAsync();
        Assert.That(csv, Does.StartWith("id,username,email,first_name,last_name,roles,is_bot,create_at,update_at,delete_at\r\n"));
        Assert.That(csv, Does.Contain(_admin.User.Username).And.Contain(_user.User.Username));
    }

    [Test]
    public async Task ComplianceUserExport_EscapesAValueASpreadsheetWouldRunAsAFormula()
    {
        await InstallAsync(_enterpriseText);
        using var patch = await _user.Client.PutAsync("/api/v4/users/me/patch", SuiteApi.Json(new { first_name = "=HYPERLINK(\"http://x\")" }));
        Assert.That(patch.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var export = await _admin.Client.GetAsync("/api/v4/compliance/users/export");
        var row = (await export.Content.ReadAsStringAsync()).Split("\r\n").Single(l => l.StartsWith(_user.User.Id, StringComparison.Ordinal));

        Assert.That(row, Does.Contain("'=HYPERLINK").And.Not.Contain(",=HYPERLINK"));
    }

    [Test]
    public async Task GatedEndpoint_WithProfessionalLicense_StaysClosed()
    {
        await InstallAsync(_professionalText);

        using var response = await _admin.Client.GetAsync("/api/v4/compliance/users/export");

        await LicenseHttp.ErrorAsync(response, HttpStatusCode.Forbidden, "api.license.feature_unavailable.app_error");
    }

    [Test]
    public async Task GatedEndpoint_ForNonAdmin_IsForbiddenEvenWithLicense()
    {
        await InstallAsync(_enterpriseText);

        using var response = await _user.Client.GetAsync("/api/v4/compliance/users/export");

        await LicenseHttp.ErrorAsync(response, HttpStatusCode.Forbidden, "api.context.permissions.app_error");
    }

    private static IEnumerable<TestCaseData> Gates() =>
        LicensedFeatures.All.Select(f => new TestCaseData(f.Key, f.Edition).SetArgDisplayNames(f.Key));

    [TestCaseSource(nameof(Gates))]
    public async Task Gate_IsOffWithoutLicense_AndOnWithALicenseOfItsEdition(string key, Edition edition)
    {
        var gate = _server.Service<IFeatureGate>();
        Assert.That(gate.IsEnabled(key), Is.False);
        Assert.That((await LicenseHttp.FeaturesAsync(_anonymous))[key], Is.False);

        await InstallAsync(edition == Edition.Professional ? _professionalText : _enterpriseText);

        Assert.That(gate.IsEnabled(key), Is.True);
        Assert.That((await LicenseHttp.FeaturesAsync(_anonymous))[key], Is.True);
    }

    [Test]
    public async Task ProfessionalLicense_SwitchesOnProfessionalGatesOnly()
    {
        await InstallAsync(_professionalText);

        var features = await LicenseHttp.FeaturesAsync(_anonymous);

        foreach (var feature in LicensedFeatures.All)
        {
            Assert.That(features[feature.Key], Is.EqualTo(feature.Edition == Edition.Professional), feature.Key);
        }
    }

    [Test]
    public async Task Features_DescribeEachGateWithItsEditionAndTheLicense()
    {
        await InstallAsync(_enterpriseText);

        using var response = await _anonymous.GetAsync("/api/v4/license/features");

        var body = await LicenseHttp.JsonAsync(response, HttpStatusCode.OK);
        Assert.That(body.GetProperty("is_licensed").GetBoolean(), Is.True);
        Assert.That(body.GetProperty("sku_short_name").GetString(), Is.EqualTo("enterprise"));
        var cluster = body.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "cluster");
        Assert.That(cluster.GetProperty("edition").GetString(), Is.EqualTo("enterprise"));
        Assert.That(cluster.GetProperty("name").GetString(), Is.EqualTo("High availability cluster"));
    }

    [Test]
    public async Task FeatureGate_IsTheLicensingModulesGate()
    {
        var gate = _server.Service<IFeatureGate>();

        await InstallAsync(_enterpriseText);

        Assert.That(gate.GetType().Name, Is.EqualTo("LicenseFeatureGate"));
        Assert.That(gate.Find("cluster")?.Edition, Is.EqualTo(Edition.Enterprise));
    }

    private async Task<long> ActiveUsersAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM platform.users WHERE delete_at = 0 AND NOT is_bot", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Raises the seat count in the signed JSON without re-signing.</summary>
    internal static string Tamper(string licenseText)
    {
        var envelope = Convert.FromBase64String(licenseText);
        var signatureLength = 384;
        var json = Encoding.UTF8.GetString(envelope, 0, envelope.Length - signatureLength);
        var changed = json.Replace("\"users\":50", "\"users\":99", StringComparison.Ordinal);
        Assert.That(changed, Is.Not.EqualTo(json));
        return Convert.ToBase64String([.. Encoding.UTF8.GetBytes(changed), .. envelope.AsSpan(envelope.Length - signatureLength)]);
    }
}
