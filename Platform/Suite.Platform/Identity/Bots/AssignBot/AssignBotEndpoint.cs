using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.AssignBot;

internal static class AssignBotEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v4/bots/{botUserId}/assign/{userId}", async (string botUserId, string userId, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new AssignBotRequest(botUserId, userId), cancellationToken)));
}
