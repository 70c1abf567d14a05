using System.Net;
using Suite.Licensing.Signing;
using Suite.Testing;

namespace Suite.Licensing.Tests.Cluster;

/// <summary>
/// The cluster is an Enterprise feature: a second Suite process joining a database that already
/// has a live node starts only with a license that has <c>cluster</c>. The first node is this test
/// process's host; the second is Suite.Host in its own process.
/// </summary>
public sealed class ClusterLicenseTests
{
    private static readonly string[] SecondNodeModules = ["Channels", "Licensing"];

    private static Dictionary<string, string?> Settings(string? license = null)
    {
        var settings = TestKeys.ServerSettings();
        if (license is not null)
        {
            settings["SUITE_LICENSE"] = license;
        }

        return settings;
    }

    private static Task<long> ActiveSilosAsync(SuiteTestServer server) =>
        server.ScalarAsync<long>("SELECT count(*) FROM platform.cluster_silos WHERE status = 3");

    [Test]
    public async Task SecondNodeWithoutLicense_RefusesToStartSayingWhyAndHowToGetOne_AndTheRunningNodeIsUnaffected()
    {
        await using var first = await SuiteTestServer.StartAsync(settings: Settings());
        using var admin = await Accounts.AdminAsync(first);

        var (exitCode, log) = await SuiteHostProcess.RunUntilExitAsync(first.ConnectionString, SecondNodeModules, Settings());

        Assert.That(exitCode, Is.Not.Zero, log);
        Assert.That(log, Does.Contain("Another Suite node is already running on this database"));
        Assert.That(log, Does.Contain("Enterprise feature (license feature 'cluster')"));
        Assert.That(log, Does.Contain("SUITE_LICENSE"));
        Assert.That(log, Does.Contain("System Console"));
        Assert.That(await ActiveSilosAsync(first), Is.EqualTo(1), "the refused node never joined");
        using var me = await admin.Client.GetAsync("/api/v4/users/me");
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the running node still answers");
    }

    [Test]
    public async Task SecondNodeWithAProfessionalLicense_RefusesToStart()
    {
        await using var first = await SuiteTestServer.StartAsync(settings: Settings());

        var (exitCode, log) = await SuiteHostProcess.RunUntilExitAsync(
            first.ConnectionString, SecondNodeModules, Settings(TestLicenses.SignedText(sku: Skus.Professional)));

        Assert.That(exitCode, Is.Not.Zero, log);
        Assert.That(log, Does.Contain("license feature 'cluster'"));
    }

    [Test]
    public async Task SecondNode_JoinsWhenTheLicenseUploadedToTheRunningNodeHasCluster()
    {
        await using var first = await SuiteTestServer.StartAsync(settings: Settings());
        using var admin = await Accounts.AdminAsync(first);
        using (var upload = await LicenseHttp.UploadAsync(admin.Client, TestLicenses.SignedText()))
        {
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        await using var second = await SuiteHostProcess.StartAsync(first.ConnectionString, SecondNodeModules, Settings());

        Assert.That(await ActiveSilosAsync(first), Is.EqualTo(2));
        using var client = second.WithToken(admin.Token);
        using var me = await client.GetAsync("/api/v4/users/me");
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a session made on one node is good on the other");
    }

    [Test]
    public async Task SecondNode_JoinsWithAnEnterpriseTrialLicenseInTheEnvironment()
    {
        await using var first = await SuiteTestServer.StartAsync(settings: Settings());
        var trial = TestKeys.Trusted.Sign(TestLicenses.Create(trial: true, validFor: TimeSpan.FromDays(30)));

        await using var second = await SuiteHostProcess.StartAsync(first.ConnectionString, SecondNodeModules, Settings(trial));

        Assert.That(await ActiveSilosAsync(first), Is.EqualTo(2));
    }

    [Test]
    public async Task NodeStartingAfterTheOnlyOtherNodeWasKilled_StartsAloneWithoutLicense()
    {
        var first = await SuiteTestServer.StartAsync(settings: Settings());
        var connectionString = first.ConnectionString;
        await first.DisposeAsync();
        var killed = await SuiteHostProcess.StartAsync(connectionString, SecondNodeModules, Settings());
        await killed.KillAsync();
        await killed.DisposeAsync();

        await using var alone = await SuiteHostProcess.StartAsync(connectionString, SecondNodeModules, Settings());

        using var client = alone.WithToken("none");
        using var ping = await client.GetAsync("/api/v4/system/ping");
        Assert.That(ping.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the killed node's row names a node that no longer answers");
    }
}
