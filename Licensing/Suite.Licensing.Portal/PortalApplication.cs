using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Suite.Licensing.Portal.Leads;
using Suite.Licensing.Portal.Storage;
using Suite.Licensing.Portal.Trials;
using Suite.Licensing.Signing;
using Suite.Platform.Storage;

namespace Suite.Licensing.Portal;

/// <summary>
/// The vendor's trial portal: issues one signed 30-day trial per Suite installation and keeps every
/// request as a lead the vendor can list and export.
/// </summary>
public static class PortalApplication
{
    /// <summary>The address when none is configured.</summary>
    public const string DefaultUrl = "http://localhost:8075";

    /// <summary>Builds the portal: reads its signing key, connects to (or starts) its PostgreSQL and creates its schema.</summary>
    public static async Task<WebApplication> CreateAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var options = PortalOptions.From(builder.Configuration);
        var signingKey = LicenseKeys.ReadPrivateKey(await File.ReadAllTextAsync(options.SigningKeyPath, cancellationToken), options.SigningKeyPath);

        EmbeddedPostgres? embedded = null;
        var connectionString = builder.Configuration.GetConnectionString("Portal");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            using var logging = LoggerFactory.Create(l => l.AddConsole());
            embedded = await EmbeddedPostgres.StartAsync(Path.Combine(options.DataDirectory, "postgres"), logging.CreateLogger("Portal.Storage"), cancellationToken: cancellationToken);
            connectionString = await PortalStore.EnsureDatabaseAsync(embedded, cancellationToken);
        }

        try
        {
            builder.Services.AddSingleton(options);
            builder.Services.AddSingleton(new LicenseSigner(signingKey));
            builder.Services.TryAddSingleton(TimeProvider.System);
            builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
            builder.Services.AddSingleton<PortalStore>();
            if (embedded is not null)
            {
                builder.Services.AddSingleton(embedded);
                builder.Services.AddHostedService<EmbeddedPostgresShutdown>();
            }

            var app = builder.Build();
            await app.Services.GetRequiredService<PortalStore>().CreateSchemaAsync(cancellationToken);
            app.MapGet("/healthz", () => Results.Text("alive"));
            TrialEndpoint.Map(app);
            LeadEndpoints.Map(app);
            app.MapFallback((HttpContext http) => PortalResults.Error(404, $"There is no portal endpoint at {http.Request.Method} {http.Request.Path}."));
            return app;
        }
        catch
        {
            if (embedded is not null)
            {
                await embedded.StopAsync(CancellationToken.None);
            }

            throw;
        }
    }

    private sealed class EmbeddedPostgresShutdown(EmbeddedPostgres postgres) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => postgres.StopAsync(CancellationToken.None);
    }
}
