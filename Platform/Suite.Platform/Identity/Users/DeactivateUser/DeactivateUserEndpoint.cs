using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.DeactivateUser;

internal static class DeactivateUserEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapDelete("/api/v4/users/{userId}", async (string userId, ICurrentUser currentUser, ISender sender, CancellationToken cancellationToken) =>
        {
            await sender.Send(new DeactivateUserRequest(UserRoute.Resolve(userId, currentUser)), cancellationToken);
            return ApiResults.StatusOk();
        });
}
