using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.CreateAccessToken;

internal static class CreateAccessTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/users/{userId}/tokens", async (string userId, HttpContext http, ICurrentUser currentUser, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<Body>("token");
            var request = new CreateAccessTokenRequest(UserRoute.Resolve(userId, currentUser), body.Description ?? "", body.ExpiresAt ?? 0);
            return ApiResults.Created(await sender.Send(request, http.RequestAborted));
        });

    private sealed record Body(string? Description, long? ExpiresAt);
}
