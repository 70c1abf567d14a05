using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Licensing.RemoveLicense;

internal static class RemoveLicenseEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapDelete("/api/v4/license", async (HttpContext http, ISender sender) =>
        {
            await sender.Send(new RemoveLicense(), http.RequestAborted);
            return ApiResults.StatusOk();
        });
}
