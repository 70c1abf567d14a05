using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Suite.Platform;

namespace Suite.Testing;

/// <summary>A real Suite host on a real Kestrel port over a real PostgreSQL database.</summary>
public sealed class SuiteTestServer : IAsyncDisposable
{
    /// <summary>The modules the product enables by default.</summary>
    public static readonly string[] ProductModules = ["Channels", "Boards", "Playbooks", "Licensing"];

    private SuiteTestServer(WebApplication app, string connectionString, string dataDirectory)
    {
        App = app;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        BaseAddress = app.ListeningAddress();
    }

    /// <summary>The running application.</summary>
    public WebApplication App { get; }

    /// <summary>The database this host uses.</summary>
    public string ConnectionString { get; }

    /// <summary>The host's data directory.</summary>
    public string DataDirectory { get; }

    /// <summary>Where the server listens, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A service from the host's container.</summary>
    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Starts a host on a fresh database (or the given one) with the given modules (default: the product's).</summary>
    public static async Task<SuiteTestServer> StartAsync(
        string? connectionString = null,
        IEnumerable<string>? modules = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        connectionString ??= await TestPostgres.CreateDatabaseAsync();
        var dataDirectory = TestDirectories.Create("data");
        var config = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:Suite"] = connectionString,
            ["Suite:DataDirectory"] = dataDirectory,
            ["Suite:Modules"] = string.Join(',', modules ?? ProductModules),
            ["Logging:LogLevel:Default"] = "Warning",

            // Every test client logs in from 127.0.0.1, many times a minute; the rate-limit tests lower these.
            ["Suite:RateLimits:LoginPerAccountPerMinute"] = "100000",
            ["Suite:RateLimits:LoginPerAddressPerMinute"] = "100000",

            // The product's PBKDF2 cost makes every sign-up and login take a noticeable time; tests are not about that cost.
            ["Suite:Users:PasswordHashIterations"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        WebApplication? app = null;
        try
        {
            app = await SuiteApplication.CreateAsync([], builder =>
            {
                builder.Configuration.AddInMemoryCollection(config);
                builder.Logging.ClearProviders();
                builder.Logging.AddSimpleConsole();
                configure?.Invoke(builder);
            });
            await app.StartAsync();
            return new SuiteTestServer(app, connectionString, dataDirectory);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            TestDirectories.Delete(dataDirectory);
            throw;
        }
    }

    /// <summary>A client for this server; the caller disposes it.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        TestDirectories.Delete(DataDirectory);
    }
}
