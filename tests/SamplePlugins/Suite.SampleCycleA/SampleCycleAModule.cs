using Microsoft.AspNetCore.Routing;
using Suite.Platform.Modules;

namespace Suite.SampleCycleA;

public sealed class SampleCycleAModule : SuiteModule
{
    public override string Name => "SampleCycleA";

    public override IReadOnlyList<string> DependsOn => ["SampleCycleB"];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleInfo(this);
}
