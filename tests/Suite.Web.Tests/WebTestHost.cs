using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Suite.Licensing.Portal;
using Suite.Licensing.Signing;
using Suite.Platform;
using Suite.Testing;

namespace Suite.Web.Tests;

/// <summary>
/// One Suite server (with an in-test trial portal whose key it trusts) and one headless Chromium,
/// shared by a fixture's tests; each user gets a browser context of their own.
/// </summary>
public sealed class WebTestHost : IAsyncDisposable
{
    private static readonly string[] ChromiumFlags =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly WebApplication _portal;
    private readonly IPlaywright _playwright;
    private readonly string _keys;
    private readonly string _privateKeyPem;
    private readonly Dictionary<string, string?> _settings;

    private WebTestHost(SuiteTestServer server, WebApplication portal, IPlaywright playwright, IBrowser browser, string keys, string privateKeyPem, Dictionary<string, string?> settings)
    {
        Server = server;
        _portal = portal;
        _playwright = playwright;
        Browser = browser;
        _keys = keys;
        _privateKeyPem = privateKeyPem;
        _settings = settings;
    }

    /// <summary>The largest file the server accepts, small so that a test can exceed it cheaply.</summary>
    public const long MaxFileSizeBytes = 512 * 1024;

    public SuiteTestServer Server { get; private set; }

    public IBrowser Browser { get; }

    /// <summary>
    /// Starts the host on <paramref name="connectionString"/>'s database, or on a fresh one in the shared test server,
    /// with <paramref name="extraSettings"/> beside the test defaults.
    /// </summary>
    public static async Task<WebTestHost> StartAsync(string? connectionString = null, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var keys = TestDirectories.Create("keys");
        var (privatePem, publicPem) = LicenseKeys.Generate(LicenseKeys.MinimumKeySizeBits);
        var privatePath = Path.Combine(keys, "vendor-private.pem");
        var publicPath = Path.Combine(keys, "vendor-public.pem");
        await File.WriteAllTextAsync(privatePath, privatePem);
        await File.WriteAllTextAsync(publicPath, publicPem);

        var portalDatabase = await TestPostgres.CreateDatabaseAsync();
        var portal = await PortalApplication.CreateAsync([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["ConnectionStrings:Portal"] = portalDatabase,
                ["Portal:SigningKeyPath"] = privatePath,
                ["Portal:AdminToken"] = "vendor-admin-token-for-web-tests",
            });
            builder.Logging.ClearProviders();
        });
        await portal.StartAsync();

        var settings = new Dictionary<string, string?>
        {
            ["Suite:Licensing:ExtraPublicKeyPath"] = publicPath,
            ["Suite:Licensing:PortalUrl"] = portal.ListeningAddress().ToString(),
            ["Suite:Files:MaxFileSizeBytes"] = MaxFileSizeBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),

            // Webhooks may name themselves and bring an icon, so the message list shows both.
            ["Suite:Integrations:EnablePostUsernameOverride"] = "true",
            ["Suite:Integrations:EnablePostIconOverride"] = "true",

            // Open pages must notice an ended session quickly, without the test waiting a minute.
            ["Suite:Realtime:SessionCheckInterval"] = "00:00:01",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var server = await SuiteTestServer.StartAsync(connectionString, settings: settings);

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumFlags,
        });
        return new WebTestHost(server, portal, playwright, browser, keys, privatePem, settings);
    }

    /// <summary>A license signed by the vendor key this server trusts, as the text of a license file.</summary>
    public string SignLicense(License license)
    {
        using var rsa = LicenseKeys.ReadPrivateKey(_privateKeyPem, "web test key");
        return new LicenseSigner(rsa).Sign(license);
    }

    /// <summary>Stops the server; pages stay open and see it go away.</summary>
    public async Task StopServerAsync() => await Server.DisposeAsync();

    /// <summary>Starts the server again on the same address and database, as after a restart.</summary>
    public async Task StartServerAgainAsync()
    {
        var settings = new Dictionary<string, string?>(_settings) { ["urls"] = Server.BaseAddress.ToString().TrimEnd('/') };
        Server = await SuiteTestServer.StartAsync(Server.ConnectionString, settings: settings);
    }

    /// <summary>A fresh browser profile (its own cookies and storage) on the server's address.</summary>
    public async Task<IPage> NewUserPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
        await _portal.StopAsync();
        await _portal.DisposeAsync();
        TestDirectories.Delete(_keys);
    }
}
