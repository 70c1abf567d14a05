using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Reactions.GetReactions;

internal static class GetReactionsEndpoint
{
    public static void MapGetReactions(this IEndpointRouteBuilder api) =>
        api.MapGet("/posts/{post_id}/reactions", async (string post_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetReactionsRequest(post_id), http.RequestAborted)));
}
