using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUserByUsername;

internal static class GetUserByUsernameEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/users/username/{username}", async (string username, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetUserByUsernameRequest(username), cancellationToken)));
}
