using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Preferences.GetPreferences;

internal static class GetPreferencesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v4/users/{userId}/preferences", async (string userId, ICurrentUser currentUser, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetPreferencesRequest(UserRoute.Resolve(userId, currentUser)), cancellationToken)));
        endpoints.MapGet("/api/v4/users/{userId}/preferences/{category}", async (string userId, string category, ICurrentUser currentUser, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetPreferencesRequest(UserRoute.Resolve(userId, currentUser), category), cancellationToken)));
    }
}
