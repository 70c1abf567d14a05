using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dapper;
using Npgsql;
using Suite.Testing;

namespace Suite.Licensing.Tests.Trials;

public sealed class UnreachablePortalTests
{
    private static async Task<(HttpStatusCode Status, string Body, TimeSpan Elapsed, SuiteTestServer Server)> RequestTrialAsync(string portalUrl)
    {
        var settings = TestKeys.ServerSettings();
        settings["Suite:Licensing:PortalUrl"] = portalUrl;
        var server = await SuiteTestServer.StartAsync(settings: settings);
        using var admin = await Accounts.AdminAsync(server);
        var clock = Stopwatch.StartNew();
        using var response = await admin.Client.PostAsync("/api/v4/trial-license", TrialLicenseTests.TrialBody());
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), clock.Elapsed, server);
    }

    private static async Task AssertNothingChangedAsync(SuiteTestServer server)
    {
        using var client = server.CreateClient();
        Assert.That((await LicenseHttp.ClientLicenseAsync(client))["IsLicensed"], Is.EqualTo("false"));
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT (SELECT count(*) FROM licensing.trials) + (SELECT count(*) FROM licensing.licenses)"), Is.Zero);
    }

    [Test]
    public async Task PortalRefusingConnections_GivesAClearErrorWithinSecondsAndChangesNothing()
    {
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var (status, body, elapsed, server) = await RequestTrialAsync($"http://127.0.0.1:{port}/");
        await using (server)
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body);
            Assert.That(body, Does.Contain("api.license.request_trial_license.app_error").And.Contain("could not be reached").And.Contain("Nothing was changed"));
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
            await AssertNothingChangedAsync(server);
        }
    }

    [Test]
    public async Task PortalThatNeverAnswers_TimesOutWithinSecondsAndChangesNothing()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;

        var (status, body, elapsed, server) = await RequestTrialAsync($"http://127.0.0.1:{port}/");
        await using (server)
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body);
            Assert.That(body, Does.Contain("no answer within 4 seconds"));
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(6)));
            await AssertNothingChangedAsync(server);
        }
    }

    [Test]
    public async Task NoPortalConfigured_Answers501()
    {
        await using var server = await SuiteTestServer.StartAsync(settings: TestKeys.ServerSettings());
        using var admin = await Accounts.AdminAsync(server);

        using var response = await admin.Client.PostAsync("/api/v4/trial-license", TrialLicenseTests.TrialBody());

        await LicenseHttp.ErrorAsync(response, HttpStatusCode.NotImplemented, "api.license.request_trial_license.app_error");
    }
}
