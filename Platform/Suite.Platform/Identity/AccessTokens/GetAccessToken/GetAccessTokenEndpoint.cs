using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.GetAccessToken;

internal static class GetAccessTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/users/tokens/{tokenId}", async (string tokenId, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetAccessTokenRequest(tokenId), cancellationToken)));
}
