using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Suite.Licensing.Portal;
using Suite.Platform;
using Suite.Testing;

namespace Suite.Licensing.Tests.Trials;

/// <summary>The vendor's trial portal on a loopback port with its own database, signing with <see cref="TestKeys.Trusted"/>.</summary>
public sealed class TestPortal : IAsyncDisposable
{
    public const string AdminToken = "vendor-admin-token-for-tests";

    private TestPortal(WebApplication app)
    {
        App = app;
        BaseAddress = app.ListeningAddress();
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public static async Task<TestPortal> StartAsync()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        var app = await PortalApplication.CreateAsync([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["ConnectionStrings:Portal"] = database,
                ["Portal:SigningKeyPath"] = TestKeys.Trusted.PrivateKeyPath,
                ["Portal:AdminToken"] = AdminToken,
            });
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        return new TestPortal(app);
    }

    /// <summary>A client of the portal; with the admin token when asked.</summary>
    public HttpClient CreateClient(bool asVendor = false)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (asVendor)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminToken);
        }

        return client;
    }

    /// <summary>Settings pointing a Suite server at this portal and trusting its key.</summary>
    public Dictionary<string, string?> ServerSettings()
    {
        var settings = TestKeys.ServerSettings();
        settings["Suite:Licensing:PortalUrl"] = BaseAddress.ToString();
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
