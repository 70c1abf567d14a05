using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.DeleteCommand;

internal static class DeleteCommandEndpoint
{
    public static void MapDeleteCommand(this IEndpointRouteBuilder api) =>
        api.MapDelete("/commands/{command_id}", async (string command_id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeleteCommandRequest(command_id), http.RequestAborted);
            return ApiResults.StatusOk();
        });
}
