using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.CreateCommand;

internal static class CreateCommandEndpoint
{
    public static void MapCreateCommand(this IEndpointRouteBuilder api) =>
        api.MapPost("/commands", async (HttpContext http, ISender sender) =>
            ApiResults.Created(await sender.Send(await http.ReadBodyAsync<CreateCommandRequest>("command"), http.RequestAborted)));
}
