using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Licensing.GetClientLicense;

internal static class GetClientLicenseEndpoint
{
    // Clients send format=old; current Mattermost ignores the parameter, and so does Suite.
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/license/client", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetClientLicense(), http.RequestAborted)));
}
