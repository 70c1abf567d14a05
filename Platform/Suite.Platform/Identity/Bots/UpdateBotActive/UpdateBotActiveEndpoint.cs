using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.UpdateBotActive;

internal static class UpdateBotActiveEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v4/bots/{botUserId}/disable", async (string botUserId, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new UpdateBotActiveRequest(botUserId, Active: false), cancellationToken)));
        endpoints.MapPost("/api/v4/bots/{botUserId}/enable", async (string botUserId, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new UpdateBotActiveRequest(botUserId, Active: true), cancellationToken)));
    }
}
