using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Preferences.UpdatePreferences;

internal static class UpdatePreferencesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("/api/v4/users/{userId}/preferences", async (string userId, HttpContext http, ICurrentUser currentUser, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<List<PreferenceBody>>("preferences");
            var preferences = body.Select(p => p.ToPreference()).ToList();
            await sender.Send(new UpdatePreferencesRequest(UserRoute.Resolve(userId, currentUser), preferences), http.RequestAborted);
            return ApiResults.StatusOk();
        });
}
