using System.Net;
using Dapper;
using Npgsql;
using Suite.Testing;

namespace Suite.Licensing.Tests.Api;

public sealed class LicenseStartupTests
{
    private static async Task<long> StoredLicensesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM licensing.licenses");
    }

    [Test]
    public async Task InstalledLicense_SurvivesAHostRestartOnTheSameDatabase()
    {
        var license = TestLicenses.SignedText();
        string connectionString;
        await using (var first = await SuiteTestServer.StartAsync(settings: TestKeys.ServerSettings()))
        {
            connectionString = first.ConnectionString;
            using var admin = await Accounts.AdminAsync(first);
            using var response = await LicenseHttp.UploadAsync(admin.Client, license);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        await using var second = await SuiteTestServer.StartAsync(connectionString, settings: TestKeys.ServerSettings());
        using var client = second.CreateClient();

        var view = await LicenseHttp.ClientLicenseAsync(client);
        Assert.That(view["IsLicensed"], Is.EqualTo("true"));
        Assert.That((await LicenseHttp.FeaturesAsync(client))["compliance"], Is.True);
    }

    [Test]
    public async Task LicenseInTheEnvironment_IsUsedAndNotStored()
    {
        var settings = TestKeys.ServerSettings();
        settings["SUITE_LICENSE"] = TestLicenses.SignedText(sku: Signing.Skus.Professional);

        await using var server = await SuiteTestServer.StartAsync(settings: settings);
        using var client = server.CreateClient();

        Assert.That((await LicenseHttp.ClientLicenseAsync(client))["SkuShortName"], Is.EqualTo("professional"));
        Assert.That(await StoredLicensesAsync(server.ConnectionString), Is.Zero);
    }

    [Test]
    public async Task InvalidLicenseInTheEnvironment_LeavesTheServerRunningUnlicensed()
    {
        var settings = TestKeys.ServerSettings();
        settings["SUITE_LICENSE"] = ApiTamper();

        await using var server = await SuiteTestServer.StartAsync(settings: settings);
        using var client = server.CreateClient();

        Assert.That((await LicenseHttp.ClientLicenseAsync(client))["IsLicensed"], Is.EqualTo("false"));
    }

    [Test]
    public async Task LicenseFile_IsLoadedAtStartupAndStored()
    {
        var directory = TestDirectories.Create("license-file");
        try
        {
            var path = Path.Combine(directory, "suite.license");
            await File.WriteAllTextAsync(path, TestLicenses.SignedText());
            var settings = TestKeys.ServerSettings();
            settings["Suite:Licensing:LicenseFilePath"] = path;

            await using var server = await SuiteTestServer.StartAsync(settings: settings);
            using var client = server.CreateClient();

            Assert.That((await LicenseHttp.ClientLicenseAsync(client))["IsLicensed"], Is.EqualTo("true"));
            Assert.That(await StoredLicensesAsync(server.ConnectionString), Is.EqualTo(1));
        }
        finally
        {
            TestDirectories.Delete(directory);
        }
    }

    [Test]
    public async Task MissingExtraPublicKey_StopsStartupWithAClearMessage()
    {
        var settings = new Dictionary<string, string?> { ["Suite:Licensing:ExtraPublicKeyPath"] = "/nonexistent/key.pem" };

        var ex = Assert.ThrowsAsync<InvalidOperationException>(() => SuiteTestServer.StartAsync(settings: settings));

        Assert.That(ex!.Message, Does.Contain("ExtraPublicKeyPath").And.Contain("/nonexistent/key.pem"));
    }

    private static string ApiTamper() => LicenseApiTests.Tamper(TestLicenses.SignedText(users: 50));
}
