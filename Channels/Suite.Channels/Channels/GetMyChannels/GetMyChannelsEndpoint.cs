using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetMyChannels;

internal static class GetMyChannelsEndpoint
{
    public static void MapGetMyChannels(this IEndpointRouteBuilder api)
    {
        api.MapGet("/users/{user_id}/teams/{team_id}/channels", async (string user_id, string team_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetMyChannelsRequest(user_id, team_id, QueryParams.Bool(http.Request, "include_deleted"), QueryParams.Long(http.Request, "last_delete_at") ?? 0), http.RequestAborted)));
        api.MapGet("/users/{user_id}/channels", async (string user_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetMyChannelsRequest(user_id, null, QueryParams.Bool(http.Request, "include_deleted"), QueryParams.Long(http.Request, "last_delete_at") ?? 0), http.RequestAborted)));
    }
}
