using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeamStats;

internal static class GetTeamStatsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/teams/{teamId}/stats", async (string teamId, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetTeamStatsRequest(teamId), cancellationToken)));
}
