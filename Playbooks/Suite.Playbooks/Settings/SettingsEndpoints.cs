using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Settings;

internal static class SettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/settings", async (HttpContext http, ISender sender) => ApiResults.Ok(await sender.Send(new GetSettingsRequest(), http.RequestAborted)));
}
