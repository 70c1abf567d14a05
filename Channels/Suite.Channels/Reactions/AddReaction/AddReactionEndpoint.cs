using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Reactions.AddReaction;

internal static class AddReactionEndpoint
{
    public static void MapAddReaction(this IEndpointRouteBuilder api) =>
        api.MapPost("/reactions", async (HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(await http.ReadBodyAsync<AddReactionRequest>("reaction"), http.RequestAborted)));
}
