using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.CreateBot;

internal static class CreateBotEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/bots", async (HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<Body>("bot");
            var request = new CreateBotRequest(body.Username?.ToLowerInvariant() ?? "", body.DisplayName ?? "", body.Description ?? "");
            return ApiResults.Created(await sender.Send(request, http.RequestAborted));
        });

    private sealed record Body(string? Username, string? DisplayName, string? Description);
}
