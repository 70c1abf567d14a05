using Microsoft.AspNetCore.Routing;
using Suite.Platform.Modules;

namespace Suite.SampleOrphan;

public sealed class SampleOrphanModule : SuiteModule
{
    public override string Name => "SampleOrphan";

    public override IReadOnlyList<string> DependsOn => ["SampleGhost"];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleInfo(this);
}
