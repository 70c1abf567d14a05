using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.UpdateUserActive;

internal static class UpdateUserActiveEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("/api/v4/users/{userId}/active", async (string userId, HttpContext http, ICurrentUser currentUser, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<Body>();
            var active = body.Active ?? throw AppErrorException.InvalidBody("active");
            await sender.Send(new UpdateUserActiveRequest(UserRoute.Resolve(userId, currentUser), active), http.RequestAborted);
            return ApiResults.StatusOk();
        });

    private sealed record Body(bool? Active);
}
