using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetChannelStats;

internal static class GetChannelStatsEndpoint
{
    public static void MapGetChannelStats(this IEndpointRouteBuilder api) =>
        api.MapGet("/channels/{channel_id}/stats", async (string channel_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetChannelStatsRequest(channel_id), http.RequestAborted)));
}
