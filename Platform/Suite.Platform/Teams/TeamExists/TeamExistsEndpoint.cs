using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.TeamExists;

internal static class TeamExistsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/teams/name/{name}/exists", async (string name, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new TeamExistsRequest(name), cancellationToken)));
}
