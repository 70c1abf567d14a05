using Microsoft.AspNetCore.Routing;
using Suite.Platform.Modules;

namespace Suite.SampleDuplicate;

public sealed class SampleDuplicateModule : SuiteModule
{
    // The name of another installed module: a second copy, or an impostor.
    public override string Name => "SampleValid";

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleInfo(this);
}
