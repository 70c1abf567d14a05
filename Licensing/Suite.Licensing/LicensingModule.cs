using Microsoft.AspNetCore.Routing;
using Suite.Platform.Modules;

namespace Suite.Licensing;

/// <summary>Signed license keys, the 30-day trial and the feature gates of paid editions.</summary>
public sealed class LicensingModule : SuiteModule
{
    public override string Name => "Licensing";

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleInfo(this);
}
