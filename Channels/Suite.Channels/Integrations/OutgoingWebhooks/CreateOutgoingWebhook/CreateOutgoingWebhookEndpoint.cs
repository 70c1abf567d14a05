using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.CreateOutgoingWebhook;

internal static class CreateOutgoingWebhookEndpoint
{
    public static void MapCreateOutgoingWebhook(this IEndpointRouteBuilder api) =>
        api.MapPost("/hooks/outgoing", async (HttpContext http, ISender sender) =>
            ApiResults.Created(await sender.Send(await http.ReadBodyAsync<CreateOutgoingWebhookRequest>("hook"), http.RequestAborted)));
}
