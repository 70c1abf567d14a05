using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetFlaggedPosts;

internal static class GetFlaggedPostsEndpoint
{
    public static void MapGetFlaggedPosts(this IEndpointRouteBuilder api) =>
        api.MapGet("/users/{user_id}/posts/flagged", async (string user_id, HttpContext http, ISender sender) =>
        {
            var (page, perPage) = QueryParams.Paging(http.Request);
            var teamId = QueryParams.String(http.Request, "team_id");
            var channelId = QueryParams.String(http.Request, "channel_id");
            var request = new GetFlaggedPostsRequest(user_id, teamId.Length == 0 ? null : teamId, channelId.Length == 0 ? null : channelId, page, perPage);
            return ApiResults.Ok(await sender.Send(request, http.RequestAborted));
        });
}
