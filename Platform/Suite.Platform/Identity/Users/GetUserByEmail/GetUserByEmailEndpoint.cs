using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUserByEmail;

internal static class GetUserByEmailEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/users/email/{email}", async (string email, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetUserByEmailRequest(email), cancellationToken)));
}
