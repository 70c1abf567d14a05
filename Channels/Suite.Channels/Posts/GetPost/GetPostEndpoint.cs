using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetPost;

internal static class GetPostEndpoint
{
    public static void MapGetPost(this IEndpointRouteBuilder api) =>
        api.MapGet("/posts/{post_id}", async (string post_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetPostRequest(post_id, QueryParams.Bool(http.Request, "include_deleted")), http.RequestAborted)));
}
