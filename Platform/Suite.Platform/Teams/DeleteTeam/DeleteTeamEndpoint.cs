using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.DeleteTeam;

internal static class DeleteTeamEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapDelete("/api/v4/teams/{team_id}", async (string team_id, HttpContext http, ISender sender) =>
        {
            var permanent = http.Request.Query["permanent"].ToString() switch
            {
                "" => false,
                var value when bool.TryParse(value, out var parsed) => parsed,
                _ => throw AppErrorException.InvalidUrl("permanent"),
            };
            await sender.Send(new DeleteTeamRequest(team_id, permanent), http.RequestAborted);
            return ApiResults.StatusOk();
        });
}
