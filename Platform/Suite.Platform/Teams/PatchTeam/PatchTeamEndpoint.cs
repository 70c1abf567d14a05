using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.PatchTeam;

internal static class PatchTeamEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("/api/v4/teams/{team_id}/patch", async (string team_id, HttpContext http, ISender sender) =>
        {
            var patch = await http.ReadBodyAsync<TeamPatch>("team");
            return ApiResults.Ok(await sender.Send(new PatchTeamRequest(team_id, patch), http.RequestAborted));
        });
}
