using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetTeamChannels;

internal static class GetTeamChannelsEndpoint
{
    public static void MapGetTeamChannels(this IEndpointRouteBuilder api)
    {
        api.MapGet("/teams/{team_id}/channels", (string team_id, HttpContext http, ISender sender) => ListAsync(team_id, false, http, sender));
        api.MapGet("/teams/{team_id}/channels/deleted", (string team_id, HttpContext http, ISender sender) => ListAsync(team_id, true, http, sender));
    }

    private static async Task<IResult> ListAsync(string teamId, bool archived, HttpContext http, ISender sender)
    {
        var (page, perPage) = QueryParams.Paging(http.Request);
        return ApiResults.Ok(await sender.Send(new GetTeamChannelsRequest(teamId, archived, page, perPage), http.RequestAborted));
    }
}
