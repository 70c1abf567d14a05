using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.UpdateAccessTokenActive;

internal static class UpdateAccessTokenActiveEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v4/users/tokens/disable", (HttpContext http, ISender sender) => SetActive(http, sender, active: false));
        endpoints.MapPost("/api/v4/users/tokens/enable", (HttpContext http, ISender sender) => SetActive(http, sender, active: true));
    }

    private static async Task<IResult> SetActive(HttpContext http, ISender sender, bool active)
    {
        var body = await http.ReadBodyAsync<TokenIdBody>();
        await sender.Send(new UpdateAccessTokenActiveRequest(body.TokenId ?? "", active), http.RequestAborted);
        return ApiResults.StatusOk();
    }
}
