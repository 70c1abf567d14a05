using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Suite.Testing;

namespace Suite.Licensing.Tests.Api;

/// <summary>One license's life on a fake clock: renewal warning, expiry, grace period, removal.</summary>
public sealed class LicenseExpiryTests
{
    private readonly FakeTimeProvider _clock = TestClock.StartingNow();
    private SuiteTestServer _server = null!;
    private SignedInUser _admin = null!;
    private string _licenseId = null!;

    [OneTimeSetUp]
    public async Task StartHostWithAFakeClockAndA90DayLicense()
    {
        var settings = TestKeys.ServerSettings();
        settings["Suite:Sessions:LengthHours"] = "24000";
        _server = await SuiteTestServer.StartAsync(
            settings: settings,
            configure: builder => builder.Services.AddSingleton<TimeProvider>(_clock));
        _admin = await Accounts.AdminAsync(_server);
        var license = TestLicenses.Create(_clock, validFor: TimeSpan.FromDays(90));
        _licenseId = license.Id;
        using var response = await LicenseHttp.UploadAsync(_admin.Client, TestKeys.Trusted.Sign(license));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<T> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        return await connection.ExecuteScalarAsync<T>(sql, new { id = _licenseId }) ?? default!;
    }

    private async Task<HttpStatusCode> GatedExportAsync()
    {
        using var response = await _admin.Client.GetAsync("/api/v4/compliance/users/export");
        return response.StatusCode;
    }

    [Test]
    [Order(1)]
    public async Task FreshLicense_IsNotExpiringAndItsGatesWork()
    {
        var view = await LicenseHttp.ClientLicenseAsync(_admin.Client);

        Assert.That(view["IsExpiringSoon"], Is.EqualTo("false"));
        Assert.That(await GatedExportAsync(), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    [Order(2)]
    public async Task Within60DaysOfExpiry_TheDailyCheckWarnsOnceAndTheClientShowsTheBanner()
    {
        _clock.Advance(TimeSpan.FromDays(31));

        await Eventually.HoldsAsync(async () => await QueryAsync<long>("SELECT count(*) FROM licensing.expiry_warnings WHERE license_id = @id AND stage = 'renewal'") == 1,
            "the renewal warning is recorded");
        Assert.That((await LicenseHttp.ClientLicenseAsync(_admin.Client))["IsExpiringSoon"], Is.EqualTo("true"));
        Assert.That(await GatedExportAsync(), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    [Order(3)]
    public async Task AfterExpiry_GatedFeaturesKeepWorkingThroughTheGracePeriod()
    {
        _clock.Advance(TimeSpan.FromDays(60));

        var view = await LicenseHttp.ClientLicenseAsync(_admin.Client);
        Assert.That(view["IsLicensed"], Is.EqualTo("true"));
        Assert.That(view["IsInGracePeriod"], Is.EqualTo("true"));
        Assert.That(await GatedExportAsync(), Is.EqualTo(HttpStatusCode.OK));
        await Eventually.HoldsAsync(async () => await QueryAsync<long>("SELECT count(*) FROM licensing.expiry_warnings WHERE license_id = @id AND stage = 'grace'") == 1,
            "the grace-period warning is recorded");
    }

    [Test]
    [Order(4)]
    public async Task AfterTheGracePeriod_GatedFeaturesStopTheLicenseIsRemovedAndAllDataStays()
    {
        var usersBefore = await QueryAsync<long>("SELECT count(*) FROM platform.users");

        _clock.Advance(TimeSpan.FromDays(10) + TimeSpan.FromMinutes(5));

        Assert.That(await GatedExportAsync(), Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await LicenseHttp.ClientLicenseAsync(_admin.Client))["IsLicensed"], Is.EqualTo("false"));
        await Eventually.HoldsAsync(async () => await QueryAsync<long>("SELECT count(*) FROM licensing.settings WHERE key = 'active_license_id'") == 0,
            "the daily check removes the license");
        Assert.Multiple(async () =>
        {
            Assert.That(await QueryAsync<long>("SELECT count(*) FROM licensing.licenses WHERE id = @id"), Is.EqualTo(1), "the license record stays");
            Assert.That(await QueryAsync<long>("SELECT count(*) FROM platform.users"), Is.EqualTo(usersBefore), "users stay");
            Assert.That((await LicenseHttp.FeaturesAsync(_admin.Client)).Values, Has.All.False);
        });
    }
}
