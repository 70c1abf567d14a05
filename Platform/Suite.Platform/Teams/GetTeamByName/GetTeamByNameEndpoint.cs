using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeamByName;

internal static class GetTeamByNameEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/teams/name/{name}", async (string name, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetTeamByNameRequest(name), cancellationToken)));
}
