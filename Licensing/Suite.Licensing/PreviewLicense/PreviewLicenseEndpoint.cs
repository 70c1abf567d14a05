using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Licensing.Active;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Licensing.PreviewLicense;

internal static class PreviewLicenseEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/license/preview", async (HttpContext http, ISender sender) =>
        {
            var (text, files) = await LicenseForm.ReadAsync(http);
            return ApiResults.Ok(await sender.Send(new PreviewLicense(text, files), http.RequestAborted));
        }).DisableAntiforgery();
}
