using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.PatchUser;

internal static class PatchUserEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("/api/v4/users/{userId}/patch", async (string userId, HttpContext http, ICurrentUser currentUser, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<Body>("user");
            var request = new PatchUserRequest
            {
                UserId = UserRoute.Resolve(userId, currentUser),
                Username = body.Username?.ToLowerInvariant(),
                Email = body.Email?.ToLowerInvariant(),
                Password = body.Password,
                Nickname = body.Nickname,
                FirstName = body.FirstName,
                LastName = body.LastName,
                Position = body.Position,
                Locale = body.Locale,
                Props = body.Props,
                NotifyProps = body.NotifyProps,
                Timezone = body.Timezone,
            };
            return ApiResults.Ok(await sender.Send(request, http.RequestAborted));
        });

    private sealed record Body(
        string? Username,
        string? Email,
        string? Password,
        string? Nickname,
        string? FirstName,
        string? LastName,
        string? Position,
        string? Locale,
        Dictionary<string, string>? Props,
        Dictionary<string, string>? NotifyProps,
        Dictionary<string, string>? Timezone);
}
