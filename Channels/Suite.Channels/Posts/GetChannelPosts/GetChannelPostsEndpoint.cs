using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetChannelPosts;

internal static class GetChannelPostsEndpoint
{
    public static void MapGetChannelPosts(this IEndpointRouteBuilder api) =>
        api.MapGet("/channels/{channel_id}/posts", async (string channel_id, HttpContext http, ISender sender) =>
        {
            var (page, perPage) = QueryParams.Paging(http.Request);
            var request = new GetChannelPostsRequest(
                channel_id,
                page,
                perPage,
                QueryParams.String(http.Request, "before"),
                QueryParams.String(http.Request, "after"),
                QueryParams.Long(http.Request, "since") ?? 0,
                QueryParams.Bool(http.Request, "skipFetchThreads"));
            return ApiResults.Ok(await sender.Send(request, http.RequestAborted));
        });
}
