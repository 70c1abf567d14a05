using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Files.GetPostFileInfos;

internal static class GetPostFileInfosEndpoint
{
    public static void MapGetPostFileInfos(this IEndpointRouteBuilder api) =>
        api.MapGet("/posts/{post_id}/files/info", async (string post_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetPostFileInfosRequest(post_id), http.RequestAborted)));
}
