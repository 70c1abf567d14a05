using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetEditHistory;

internal static class GetEditHistoryEndpoint
{
    public static void MapGetEditHistory(this IEndpointRouteBuilder api) =>
        api.MapGet("/posts/{post_id}/edit_history", async (string post_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetEditHistoryRequest(post_id), http.RequestAborted)));
}
