using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.RegenCommandToken;

internal static class RegenCommandTokenEndpoint
{
    public static void MapRegenCommandToken(this IEndpointRouteBuilder api) =>
        api.MapPut("/commands/{command_id}/regen_token", async (string command_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new RegenCommandTokenRequest(command_id), http.RequestAborted)));
}
