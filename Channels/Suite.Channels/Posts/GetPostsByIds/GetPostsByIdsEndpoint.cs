using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetPostsByIds;

internal static class GetPostsByIdsEndpoint
{
    public static void MapGetPostsByIds(this IEndpointRouteBuilder api) =>
        api.MapPost("/posts/ids", async (HttpContext http, ISender sender) =>
        {
            var ids = await http.ReadBodyAsync<List<string>>("post_ids");
            return ApiResults.Ok(await sender.Send(new GetPostsByIdsRequest(ids ?? []), http.RequestAborted));
        });
}
