using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetThread;

internal static class GetThreadEndpoint
{
    public static void MapGetThread(this IEndpointRouteBuilder api) =>
        api.MapGet("/posts/{post_id}/thread", async (string post_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetThreadRequest(post_id, ThreadPaging.FromQuery(http.Request)), http.RequestAborted)));
}
