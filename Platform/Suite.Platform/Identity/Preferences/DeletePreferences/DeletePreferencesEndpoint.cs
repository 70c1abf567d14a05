using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Preferences.DeletePreferences;

internal static class DeletePreferencesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/users/{userId}/preferences/delete", async (string userId, HttpContext http, ICurrentUser currentUser, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<List<PreferenceBody>>("preferences");
            var preferences = body.Select(p => p.ToPreference()).ToList();
            await sender.Send(new DeletePreferencesRequest(UserRoute.Resolve(userId, currentUser), preferences), http.RequestAborted);
            return ApiResults.StatusOk();
        });
}
