using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetUnreadPosts;

internal static class GetUnreadPostsEndpoint
{
    private const int DefaultLimit = 60;

    public static void MapGetUnreadPosts(this IEndpointRouteBuilder api) =>
        api.MapGet("/users/{user_id}/channels/{channel_id}/posts/unread", async (string user_id, string channel_id, HttpContext http, ISender sender) =>
        {
            var request = new GetUnreadPostsRequest(
                user_id,
                channel_id,
                QueryParams.Int(http.Request, "limit_before") ?? DefaultLimit,
                QueryParams.Int(http.Request, "limit_after") ?? DefaultLimit,
                QueryParams.Bool(http.Request, "skipFetchThreads"));
            return ApiResults.Ok(await sender.Send(request, http.RequestAborted));
        });
}
