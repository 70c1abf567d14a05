using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetPinnedPosts;

internal static class GetPinnedPostsEndpoint
{
    public static void MapGetPinnedPosts(this IEndpointRouteBuilder api) =>
        api.MapGet("/channels/{channel_id}/pinned", async (string channel_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetPinnedPostsRequest(channel_id), http.RequestAborted)));
}
