using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.RevokeAccessToken;

internal static class RevokeAccessTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/users/tokens/revoke", async (HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<TokenIdBody>();
            await sender.Send(new RevokeAccessTokenRequest(body.TokenId ?? ""), http.RequestAborted);
            return ApiResults.StatusOk();
        });
}
