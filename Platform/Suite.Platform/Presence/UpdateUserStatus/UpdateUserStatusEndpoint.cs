using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Identity;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

namespace Suite.Platform.Presence.UpdateUserStatus;

internal static class UpdateUserStatusEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("/api/v4/users/{userId}/status", async (string userId, HttpContext http, ICurrentUser currentUser, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<Body>("status");
            var resolved = UserRoute.Resolve(userId, currentUser);
            var request = new UpdateUserStatusRequest
            {
                UserId = resolved,
                BodyUserId = body.UserId ?? "",
                Status = body.Status ?? "",
                DndEndTime = body.DndEndTime,
            };
            return ApiResults.Ok(await sender.Send(request, http.RequestAborted));
        });

    private sealed record Body(string? UserId, string? Status, long DndEndTime);
}
