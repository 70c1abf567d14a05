using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.ExecuteCommand;

internal static class ExecuteCommandEndpoint
{
    public static void MapExecuteCommand(this IEndpointRouteBuilder api) =>
        api.MapPost("/commands/execute", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(await http.ReadBodyAsync<ExecuteCommandRequest>("command"), http.RequestAborted)));
}
