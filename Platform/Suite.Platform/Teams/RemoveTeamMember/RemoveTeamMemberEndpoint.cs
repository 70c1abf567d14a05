using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Identity;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.RemoveTeamMember;

internal static class RemoveTeamMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapDelete("/api/v4/teams/{teamId}/members/{userId}", async (string teamId, string userId, ICurrentUser currentUser, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(new RemoveTeamMemberRequest(teamId, UserRoute.Resolve(userId, currentUser)), cancellationToken);
            return ApiResults.StatusOk();
        });
}
