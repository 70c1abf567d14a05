using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Commands;
using Suite.Platform.Mediator;
using Suite.Platform.Modules;
using Suite.SampleValid.Audit;
using Suite.SampleValid.Forecast;
using Suite.SampleValid.Greeting;
using Suite.SampleValid.Reports;
using Suite.Samples.Contracts;

namespace Suite.SampleValid;

/// <summary>A well-formed plugin: endpoints, a migration, request and notification handlers, gated features, a slash command.</summary>
public sealed class SampleValidModule : SuiteModule
{
    public const string ReportsFeature = "sample_reports";
    public const string AuditFeature = "sample_audit";

    public override string Name => SampleModuleNames.Valid;

    public override IReadOnlyList<LicensedFeature> Features =>
    [
        new(ReportsFeature, Edition.Professional, "Sample reports"),
        new(AuditFeature, Edition.Enterprise, "Sample audit log"),
    ];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSlashCommand<ForecastCommand>();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleInfo(this);
        endpoints.MapGet("/api/v4/samplevalid/greeting", async (ISender sender, CancellationToken ct) =>
            Results.Json(await sender.Send(new GetSampleGreeting(), ct), contentType: "application/json"));
        endpoints.MapPost("/api/v4/samplevalid/echo", async (SampleEcho request, ISender sender, CancellationToken ct) =>
            Results.Json(await sender.Send(request, ct), contentType: "application/json"));
        endpoints.MapGet("/api/v4/samplevalid/report", async (ISender sender, CancellationToken ct) =>
            Results.Json(await sender.Send(new GetSampleReport(), ct), contentType: "application/json"));
        endpoints.MapGet("/api/v4/samplevalid/audit", async (ISender sender, CancellationToken ct) =>
            Results.Json(await sender.Send(new ExportSampleAudit(), ct), contentType: "application/json"));
    }
}
