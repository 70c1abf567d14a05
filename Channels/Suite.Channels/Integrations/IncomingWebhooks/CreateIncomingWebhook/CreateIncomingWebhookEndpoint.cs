using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.CreateIncomingWebhook;

internal static class CreateIncomingWebhookEndpoint
{
    public static void MapCreateIncomingWebhook(this IEndpointRouteBuilder api) =>
        api.MapPost("/hooks/incoming", async (HttpContext http, ISender sender) =>
            ApiResults.Created(await sender.Send(await http.ReadBodyAsync<CreateIncomingWebhookRequest>("hook"), http.RequestAborted)));
}
