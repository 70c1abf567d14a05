using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Identity;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetUserTeams;

internal static class GetUserTeamsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/users/{userId}/teams", async (string userId, ICurrentUser currentUser, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetUserTeamsRequest(UserRoute.Resolve(userId, currentUser)), cancellationToken)));
}
