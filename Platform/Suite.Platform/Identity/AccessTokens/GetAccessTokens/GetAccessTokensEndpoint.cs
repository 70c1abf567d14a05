using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.GetAccessTokens;

internal static class GetAccessTokensEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v4/users/{userId}/tokens", async (string userId, HttpRequest request, ICurrentUser currentUser, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetUserAccessTokensRequest(UserRoute.Resolve(userId, currentUser), Paging.From(request.Query)), cancellationToken)));

        endpoints.MapGet("/api/v4/users/tokens", async (HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetAllAccessTokensRequest(Paging.From(request.Query)), cancellationToken)));
    }
}
