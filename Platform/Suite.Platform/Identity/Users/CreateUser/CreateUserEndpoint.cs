using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.CreateUser;

internal static class CreateUserEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/users", async (HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<Body>("user");
            var user = await sender.Send(
                new CreateUserRequest
                {
                    // Mattermost stores usernames and emails lower-cased.
                    Username = body.Username?.ToLowerInvariant() ?? "",
                    Email = body.Email?.ToLowerInvariant() ?? "",
                    Password = body.Password ?? "",
                    Nickname = body.Nickname ?? "",
                    FirstName = body.FirstName ?? "",
                    LastName = body.LastName ?? "",
                    Position = body.Position ?? "",
                    Locale = body.Locale ?? "",
                },
                http.RequestAborted);
            return ApiResults.Created(user);
        });

    private sealed record Body(
        string? Username,
        string? Email,
        string? Password,
        string? Nickname,
        string? FirstName,
        string? LastName,
        string? Position,
        string? Locale);
}
