using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Licensing.GetLicensedFeatures;

internal static class GetLicensedFeaturesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/license/features", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetLicensedFeatures(), http.RequestAborted)));
}
