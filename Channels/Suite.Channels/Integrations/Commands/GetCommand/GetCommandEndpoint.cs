using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.GetCommand;

internal static class GetCommandEndpoint
{
    public static void MapGetCommand(this IEndpointRouteBuilder api) =>
        api.MapGet("/commands/{command_id}", async (string command_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetCommandRequest(command_id), http.RequestAborted)));
}
