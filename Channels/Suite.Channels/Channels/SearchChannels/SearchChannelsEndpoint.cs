using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.SearchChannels;

internal static class SearchChannelsEndpoint
{
    public static void MapSearchChannels(this IEndpointRouteBuilder api) =>
        api.MapPost("/teams/{team_id}/channels/search", async (string team_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<ChannelSearch>("term");
            return ApiResults.Ok(await sender.Send(new SearchChannelsRequest(team_id, body.Term!), http.RequestAborted));
        });
}
