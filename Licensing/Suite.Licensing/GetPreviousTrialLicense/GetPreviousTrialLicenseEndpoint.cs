using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Licensing.GetPreviousTrialLicense;

internal static class GetPreviousTrialLicenseEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/trial-license/prev", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetPreviousTrialLicense(), http.RequestAborted)));
}
