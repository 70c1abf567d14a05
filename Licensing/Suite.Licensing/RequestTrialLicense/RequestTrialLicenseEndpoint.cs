using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Licensing.RequestTrialLicense;

internal static class RequestTrialLicenseEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/trial-license", async (HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<TrialLicenseBody>();
            var site = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
            await sender.Send(new RequestTrialLicense(body, site), http.RequestAborted);
            return ApiResults.StatusOk();
        });
}
