using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Platform.Mediator;

namespace Suite.Boards.Subscriptions;

/// <summary>Focalboard's subscription routes (<c>server/api/subscriptions.go</c>).</summary>
internal static class SubscriptionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/subscriptions", async (HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new CreateSubscriptionRequest(await BoardsJson.ReadAsync<Subscription>(http)), http.RequestAborted)));

        api.MapDelete("/subscriptions/{blockId}/{subscriberId}", async (string blockId, string subscriberId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeleteSubscriptionRequest(blockId, subscriberId), http.RequestAborted);
            return BoardsJson.Empty();
        });

        // Focalboard's path, and the one the reference table of this project names.
        api.MapGet("/subscriptions/{subscriberId}", async (string subscriberId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetSubscriptionsRequest(subscriberId), http.RequestAborted)));
        api.MapGet("/subscribers/{subscriberId}/subscriptions", async (string subscriberId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetSubscriptionsRequest(subscriberId), http.RequestAborted)));
    }
}
