using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.GetBots;

internal static class GetBotsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/bots", async (HttpRequest http, ISender sender, CancellationToken cancellationToken) =>
        {
            var request = new GetBotsRequest(Paging.From(http.Query), IsTrue(http.Query["include_deleted"]), IsTrue(http.Query["only_orphaned"]));
            return ApiResults.Ok(await sender.Send(request, cancellationToken));
        });

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
