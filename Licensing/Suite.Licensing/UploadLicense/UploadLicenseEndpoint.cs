using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Licensing.Active;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Licensing.UploadLicense;

internal static class UploadLicenseEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/license", async (HttpContext http, ISender sender) =>
        {
            var (text, files) = await LicenseForm.ReadAsync(http);
            return ApiResults.Created(await sender.Send(new UploadLicense(text, files), http.RequestAborted));
        }).DisableAntiforgery();
}
