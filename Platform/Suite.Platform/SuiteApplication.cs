using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Suite.Platform.Api;
using Suite.Platform.Configuration;
using Suite.Platform.Documents;
using Suite.Platform.Errors;
using Suite.Platform.Http;
using Suite.Platform.Identity;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Licensing;
using Suite.Platform.Mediator;
using Suite.Platform.Modules;
using Suite.Platform.Storage;
using Suite.Platform.Storage.Migrations;
using Suite.Platform.SystemStatus;
using Suite.Platform.Web;

namespace Suite.Platform;

/// <summary>Composes the Suite host: modules, storage, mediator, identity, endpoints.</summary>
public static class SuiteApplication
{
    /// <summary>The default address when none is configured.</summary>
    public const string DefaultUrl = "http://localhost:8065";

    /// <summary>
    /// Builds a ready-to-run application: loads the enabled modules, connects to PostgreSQL (starting
    /// the embedded server when no connection string is configured) and applies every migration.
    /// </summary>
    public static async Task<WebApplication> CreateAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var options = SuiteOptions.From(builder.Configuration);
        var (modulesPath, configurationFolder) = options.ResolveModulesPath();
        var modules = ModuleLoader.Load(modulesPath, options.Modules, configurationFolder);
        var catalog = new ModuleCatalog(modules);

        using var startupLogging = LoggerFactory.Create(logging => logging.AddConsole().AddConfiguration(builder.Configuration.GetSection("Logging")));
        var (connectionString, embedded) = await ConnectionStringAsync(builder.Configuration, options, startupLogging.CreateLogger("Suite.Storage"), cancellationToken);
        WebApplication? app = null;
        try
        {
            // Settings a system admin stored override the files, before any options are read.
            ((IConfigurationBuilder)builder.Configuration).Add(new StoredConfigurationSource(connectionString));
            ConfigureServices(builder, options, catalog, connectionString, embedded);
            app = builder.Build();
            await ApplyMigrationsAsync(app, catalog, cancellationToken);
            ConfigurePipeline(app, catalog);
            return app;
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            if (embedded is not null)
            {
                await embedded.StopAsync(CancellationToken.None);
            }

            throw;
        }
    }

    /// <summary>The address the started server listens on (useful with port 0).</summary>
    public static Uri ListeningAddress(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal));
    }

    private static async Task<(string ConnectionString, EmbeddedPostgres? Embedded)> ConnectionStringAsync(
        IConfiguration configuration, SuiteOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var configured = configuration.GetConnectionString("Suite");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (configured, null);
        }

        var embedded = await EmbeddedPostgres.StartAsync(Path.Combine(options.DataDirectory, "postgres"), logger, cancellationToken: cancellationToken);
        try
        {
            await using var admin = new NpgsqlConnection(embedded.ConnectionString());
            await admin.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = 'suite'", admin);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand("CREATE DATABASE suite", admin);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        catch
        {
            await embedded.StopAsync(CancellationToken.None);
            throw;
        }

        return (embedded.ConnectionString("suite"), embedded);
    }

    /// <summary>
    /// The process's data source. Statements used a few times are prepared on each connection
    /// (Npgsql's auto-prepare), so the hot paths skip parsing and planning; a connection string
    /// that sets <c>Max Auto Prepare</c> itself keeps its value. A connection goes back to the pool
    /// without the seven reset statements Npgsql would otherwise run on its next use: nothing
    /// borrowed from the pool changes session state (settings are <c>SET LOCAL</c>, the migrations'
    /// session lock is released by name, and listening connections are <see cref="ListenerConnections"/>).
    /// </summary>
    private static NpgsqlDataSource BuildDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 128;
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }

        builder.ConnectionStringBuilder.NoResetOnClose = true;

        return builder.Build();
    }

    private static void ConfigureServices(WebApplicationBuilder builder, SuiteOptions options, ModuleCatalog catalog, string connectionString, EmbeddedPostgres? embedded)
    {
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(catalog);
        DapperConventions.Apply();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => BuildDataSource(connectionString));
        services.AddSingleton(_ => new ListenerConnections(connectionString));
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<ModuleDocumentStores>();
        services.AddSingleton<IModuleDocumentStores>(sp => sp.GetRequiredService<ModuleDocumentStores>());
        services.AddSingleton<DocumentSchemas>();
        services.AddSingleton<ReadinessState>();
        if (embedded is not null)
        {
            services.AddSingleton(embedded);
            services.AddHostedService<EmbeddedPostgresLifetime>();
        }

        services.AddSingleton<CurrentUser>();
        services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddSingleton<IFeatureCatalog>(catalog);
        // The default gate; a licensing module replaces it from its ConfigureServices, which runs below.
        services.TryAddSingleton<IFeatureGate, UnlicensedFeatureGate>();
        services.AddSingleton(builder.Configuration.GetSection("Suite:OutboundHttp").Get<OutboundHttpOptions>() ?? new OutboundHttpOptions());
        services.AddSingleton<IOutboundHttp, OutboundHttp>();
        services.AddOpenApi();
        services.AddSuiteMediator();
        services.AddMediatorParticipants(typeof(SuiteApplication).Assembly);
        PlatformServices.Add(services, builder.Configuration);
        Cluster.SiloHosting.Add(builder, catalog);
        WebApp.AddServices(services, catalog);

        foreach (var loaded in catalog.Modules)
        {
            loaded.Module.ConfigureServices(services, builder.Configuration);
            services.AddMediatorParticipants(loaded.Assembly);
        }
    }

    private static async Task ApplyMigrationsAsync(WebApplication app, ModuleCatalog catalog, CancellationToken cancellationToken)
    {
        var runner = app.Services.GetRequiredService<MigrationRunner>();
        var migrations = MigrationRunner.ReadEmbedded("Platform", "platform", typeof(SuiteApplication).Assembly)
            .Concat(catalog.Modules.SelectMany(m => MigrationRunner.ReadEmbedded(m.Module.Name, m.Module.Schema, m.Assembly)))
            .ToList();
        await runner.ApplyAsync(migrations, app.Services.GetRequiredService<DocumentSchemas>().ApplyAsync, cancellationToken);
        app.Services.GetRequiredService<ReadinessState>().MigrationsApplied = true;
    }

    private static void ConfigurePipeline(WebApplication app, ModuleCatalog catalog)
    {
        app.Use((http, next) =>
        {
            http.TraceIdentifier = Ids.New();
            http.Response.Headers["X-Request-Id"] = http.TraceIdentifier;
            http.Response.Headers["X-Version-Id"] = SystemEndpoints.VersionId;
            return next(http);
        });
        app.UseMiddleware<ApiErrorMiddleware>();
        app.UseWebSockets();
        app.UseMiddleware<SessionMiddleware>();

        app.MapOpenApi();
        app.MapSystemEndpoints();
        PlatformServices.MapEndpoints(app);
        foreach (var loaded in catalog.Modules)
        {
            loaded.Module.MapEndpoints(app);
        }

        WebApp.Map(app);
        app.MapFallback("/api/v4/{**path}", (HttpContext http) =>
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return ApiErrorMiddleware.WriteAsync(http, new AppError("api.context.404.app_error", "Sorry, we could not find the page.", $"There is no API endpoint at {http.Request.Method} {http.Request.Path}.", 404));
        });

        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("Suite is ready at {Address} with modules: {Modules}",
                string.Join(", ", app.Urls),
                catalog.Modules.Count == 0 ? "none" : string.Join(", ", catalog.Modules.Select(m => $"{m.Module.Name} {m.Module.Version}"))));
    }
}

/// <summary>
/// Stops the embedded PostgreSQL once the host has stopped: after the web server has drained its
/// requests and every other hosted service has stopped, so none of them loses its database early.
/// </summary>
internal sealed class EmbeddedPostgresLifetime(EmbeddedPostgres postgres) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => postgres.StopAsync(CancellationToken.None);
}
