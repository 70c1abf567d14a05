using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.AutocompleteChannels;

internal static class AutocompleteChannelsEndpoint
{
    public static void MapAutocompleteChannels(this IEndpointRouteBuilder api)
    {
        api.MapGet("/teams/{team_id}/channels/autocomplete", async (string team_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new AutocompleteChannelsRequest(team_id, QueryParams.String(http.Request, "name"), ForSearch: false), http.RequestAborted)));
        api.MapGet("/teams/{team_id}/channels/search_autocomplete", async (string team_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new AutocompleteChannelsRequest(team_id, QueryParams.String(http.Request, "name"), ForSearch: true), http.RequestAborted)));
    }
}
