using Microsoft.AspNetCore.Routing;
using Suite.Platform.Modules;

namespace Suite.SampleCycleB;

public sealed class SampleCycleBModule : SuiteModule
{
    public override string Name => "SampleCycleB";

    public override IReadOnlyList<string> DependsOn => ["SampleCycleA"];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleInfo(this);
}
