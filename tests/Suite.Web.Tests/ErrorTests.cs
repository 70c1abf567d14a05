using Microsoft.Playwright;
using Npgsql;
using Suite.Platform.Storage;
using Suite.Testing;
using static Microsoft.Playwright.Assertions;

namespace Suite.Web.Tests;

/// <summary>An unexpected failure under an open page: a PostgreSQL of its own, which the test stops and starts again.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ErrorTests : BrowserTest
{
    private string _directory = null!;
    private EmbeddedPostgres _postgres = null!;
    private WebTestHost _host = null!;
    private IPage _page = null!;

    protected override IEnumerable<(string Name, IPage? Page)> Screens => [("erin", _page)];

    [OneTimeSetUp]
    public async Task StartPostgresServerAndBrowser()
    {
        _directory = TestDirectories.Create("web-outage");
        _postgres = await TestPostgres.StartPrivateAsync(_directory);
        await using (var admin = new NpgsqlConnection(_postgres.ConnectionString()))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE suite", admin);
            await create.ExecuteNonQueryAsync();
        }

        _host = await WebTestHost.StartAsync(_postgres.ConnectionString("suite"));
        _page = await _host.NewUserPageAsync();
    }

    [OneTimeTearDown]
    public async Task StopEverything()
    {
        await _host.DisposeAsync();
        await _postgres.StopAsync();
        TestDirectories.Delete(_directory);
    }

    [Test]
    public async Task DatabaseOutage_ShowsAReadableMessageInsteadOfThePage_AndTryAgainRecoversOnceItIsBack()
    {
        await _page.GotoAsync("signup");
        await _page.GetByLabel("Email").FillAsync("erin@example.com");
        await _page.GetByLabel("Username").FillAsync("erin");
        await _page.GetByLabel("Password").FillAsync("correct-horse-battery-staple");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await _page.GetByLabel("Team name").FillAsync("Ops");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Create team" }).ClickAsync();
        await Expect(_page.Locator(".channel-name")).ToHaveTextAsync("Town Square");
        var failure = _page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Something went wrong" });

        await _postgres.StopAsync();
        try
        {
            await _page.GetByRole(AriaRole.Navigation, new() { Name = "Channels" }).GetByRole(AriaRole.Link, new() { Name = "Off-Topic" }).ClickAsync();

            await Expect(failure).ToContainTextAsync("The database is unavailable. Try again in a moment.");
            var text = await _page.Locator("body").InnerTextAsync();
            Assert.That(text, Does.Not.Contain("Exception").And.Not.Contain("   at "), "no stack trace or exception name is shown");
            await Expect(_page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            await Expect(_page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        }
        finally
        {
            await _postgres.RestartAsync();
        }

        using (var client = _host.Server.CreateClient())
        using (var ready = await client.GetAsync(new Uri("readyz", UriKind.Relative)))
        {
            Assert.That((int)ready.StatusCode, Is.EqualTo(200), "the server sees the database again");
        }

        await failure.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();

        await Expect(_page.Locator(".channel-name")).ToHaveTextAsync("Off-Topic");
        await Expect(failure).ToHaveCountAsync(0);
        await _page.Locator("#composer").FillAsync("back in business");
        await _page.Locator("#composer").PressAsync("Enter");
        await Expect(_page.Locator(".message-body").Last).ToHaveTextAsync("back in business");
    }
}
