using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.PinPost;

internal static class PinPostEndpoint
{
    public static void MapPinPost(this IEndpointRouteBuilder api)
    {
        api.MapPost("/posts/{post_id}/pin", async (string post_id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new PinPostRequest(post_id, true), http.RequestAborted);
            return ApiResults.StatusOk();
        });
        api.MapPost("/posts/{post_id}/unpin", async (string post_id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new PinPostRequest(post_id, false), http.RequestAborted);
            return ApiResults.StatusOk();
        });
    }
}
