using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.PatchBot;

internal static class PatchBotEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("/api/v4/bots/{botUserId}", async (string botUserId, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<Body>("bot");
            var request = new PatchBotRequest(botUserId, body.Username?.ToLowerInvariant(), body.DisplayName, body.Description);
            return ApiResults.Ok(await sender.Send(request, http.RequestAborted));
        });

    private sealed record Body(string? Username, string? DisplayName, string? Description);
}
