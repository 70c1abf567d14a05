using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeam;

internal static class GetTeamEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/teams/{teamId}", async (string teamId, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetTeamRequest(teamId), cancellationToken)));
}
