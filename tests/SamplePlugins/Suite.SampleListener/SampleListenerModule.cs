using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Mediator;
using Suite.Platform.Modules;
using Suite.Samples.Contracts;

namespace Suite.SampleListener;

/// <summary>Uses SampleValid only through the contracts: sends its request, shares its notification.</summary>
public sealed class SampleListenerModule : SuiteModule
{
    public override string Name => SampleModuleNames.Listener;

    public override IReadOnlyList<string> DependsOn => [SampleModuleNames.Valid];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleInfo(this);
        endpoints.MapGet("/api/v4/samplelistener/echo", async (string text, ISender sender, CancellationToken ct) =>
            Results.Json(await sender.Send(new SampleEcho(text), ct), contentType: "application/json"));
    }
}
