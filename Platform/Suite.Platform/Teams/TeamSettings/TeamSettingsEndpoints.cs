using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.TeamSettings;

internal static class TeamSettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut("/api/v4/teams/{team_id}/privacy", async (string team_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<Dictionary<string, string?>>("privacy");
            return ApiResults.Ok(await sender.Send(new UpdateTeamPrivacyRequest(team_id, body.GetValueOrDefault("privacy") ?? ""), http.RequestAborted));
        });

        endpoints.MapPost("/api/v4/teams/{team_id}/regenerate_invite_id", async (string team_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new RegenerateInviteIdRequest(team_id), http.RequestAborted)));
    }
}
