using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Playbooks.Alerts.Ingestion;
using Suite.Playbooks.Alerts.Processing;
using Suite.Playbooks.Alerts.Sources;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Alerts;

/// <summary>Alerts from monitoring tools start and feed runs: the sources, the ingestion addresses, the inbox and its worker.</summary>
internal static class AlertsFeature
{
    public static void ConfigureDocuments(StoreOptions options)
    {
        options.Schema.For<AlertSource>().Duplicate(s => s.PlaybookId);
        options.Schema.For<PlaybookRun>().Index(r => r.Alert!.SourceId);
    }

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = AlertsOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton<AlertSourceStore>();
        services.AddSingleton<AlertSourceAccess>();
        services.AddSingleton<AlertInbox>();
        services.AddSingleton<AlertProcessor>();
        services.AddSingleton<AlertInboxWorker>();
        if (options.ProcessInbox)
        {
            services.AddHostedService(sp => sp.GetRequiredService<AlertInboxWorker>());
        }
    }

    public static void Map(IEndpointRouteBuilder endpoints, IEndpointRouteBuilder api)
    {
        AlertSourceEndpoints.Map(api);
        AlertIngestionEndpoints.Map(endpoints);
    }
}
