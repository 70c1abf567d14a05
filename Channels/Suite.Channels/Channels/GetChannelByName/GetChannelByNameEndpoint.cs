using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetChannelByName;

internal static class GetChannelByNameEndpoint
{
    public static void MapGetChannelByName(this IEndpointRouteBuilder api)
    {
        api.MapGet("/teams/{team_id}/channels/name/{channel_name}", async (string team_id, string channel_name, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(
                new GetChannelByNameRequest(team_id, null, channel_name, QueryParams.Bool(http.Request, "include_deleted")), http.RequestAborted)));
        api.MapGet("/teams/name/{team_name}/channels/name/{channel_name}", async (string team_name, string channel_name, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(
                new GetChannelByNameRequest(null, team_name, channel_name, QueryParams.Bool(http.Request, "include_deleted")), http.RequestAborted)));
    }
}
