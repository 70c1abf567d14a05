using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUsers;

internal static class GetUsersEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/users", async (HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(
                new GetUsersRequest(Paging.From(request.Query), request.Query["in_team"].ToString()),
                cancellationToken)));
}
