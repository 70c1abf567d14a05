using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Identity;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeamMember;

internal static class GetTeamMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/teams/{teamId}/members/{userId}", async (string teamId, string userId, ICurrentUser currentUser, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetTeamMemberRequest(teamId, UserRoute.Resolve(userId, currentUser)), cancellationToken)));
}
