using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.GetTeamUnreads;

internal static class GetTeamUnreadsEndpoint
{
    public static void MapGetTeamUnreads(this IEndpointRouteBuilder api) =>
        api.MapGet("/users/{user_id}/teams/unread", async (string user_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetTeamUnreadsRequest(user_id, QueryParams.Bool(http.Request, "include_collapsed_threads")), http.RequestAborted)));
}
