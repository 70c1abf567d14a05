using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Channels.AutocompleteChannels;
using Suite.Channels.Api;
using Suite.Platform;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.SearchChannels;

internal static class SearchChannelsEndpoint
{
    public static void MapSearchChannels(this IEndpointRouteBuilder api)
    {
        api.MapPost("/teams/{team_id}/channels/search", async (string team_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<ChannelSearch>("term");
            return ApiResults.Ok(await sender.Send(new SearchChannelsRequest(team_id, body.Term!), http.RequestAborted));
        });
        api.MapPost("/channels/search", SearchAllAsync);
    }

    /// <summary>
    /// As Mattermost: the system console's search (the default) is for system admins; with
    /// <c>system_console=false</c> it is the caller's autocomplete, in one team or all of theirs.
    /// </summary>
    private static async Task<IResult> SearchAllAsync(HttpContext http, ISender sender)
    {
        var systemConsole = http.Request.Query["system_console"].ToString() switch
        {
            "" => true,
            var value when bool.TryParse(value, out var parsed) => parsed,
            _ => throw AppErrorException.InvalidUrl("system_console"),
        };
        var search = await http.ReadBodyAsync<AllChannelsSearch>("channel_search");
        if (!systemConsole)
        {
            var term = search.Term ?? "";
            return search.TeamIds is [var teamId] && Ids.IsValid(teamId)
                ? ApiResults.Ok(await sender.Send(new AutocompleteChannelsRequest(teamId, term, ForSearch: false), http.RequestAborted))
                : ApiResults.Ok(await sender.Send(new AutocompleteMyChannelsRequest(term), http.RequestAborted));
        }

        if (QueryParams.Bool(http.Request, "include_deleted"))
        {
            search = search with { IncludeDeleted = true };
        }

        var result = await sender.Send(new SearchAllChannelsRequest(search), http.RequestAborted);
        return result.Paged
            ? ApiResults.Ok(new { channels = result.Channels, total_count = result.TotalCount })
            : ApiResults.Ok(result.Channels);
    }
}
