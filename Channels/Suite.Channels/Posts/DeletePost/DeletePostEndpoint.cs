using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.DeletePost;

internal static class DeletePostEndpoint
{
    public static void MapDeletePost(this IEndpointRouteBuilder api) =>
        api.MapDelete("/posts/{post_id}", async (string post_id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeletePostRequest(post_id), http.RequestAborted);
            return ApiResults.StatusOk();
        });
}
