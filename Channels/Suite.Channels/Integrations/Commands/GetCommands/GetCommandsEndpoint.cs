using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.GetCommands;

internal static class GetCommandsEndpoint
{
    public static void MapGetCommands(this IEndpointRouteBuilder api) =>
        api.MapGet("/commands", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(
                new GetCommandsRequest(http.Request.Query["team_id"].ToString(), http.Request.Query["custom_only"].ToString() == "true"), http.RequestAborted)));
}
