using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.GetAutocompleteCommands;

internal static class GetAutocompleteCommandsEndpoint
{
    public static void MapGetAutocompleteCommands(this IEndpointRouteBuilder api) =>
        api.MapGet("/teams/{team_id}/commands/autocomplete", async (string team_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetAutocompleteCommandsRequest(team_id), http.RequestAborted)));
}
