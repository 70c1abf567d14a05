using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.GetBot;

internal static class GetBotEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/bots/{botUserId}", async (string botUserId, HttpRequest http, ISender sender, CancellationToken cancellationToken) =>
        {
            var includeDeleted = string.Equals(http.Query["include_deleted"], "true", StringComparison.OrdinalIgnoreCase);
            return ApiResults.Ok(await sender.Send(new GetBotRequest(botUserId, includeDeleted), cancellationToken));
        });
}
