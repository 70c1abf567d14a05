using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.GetIncomingWebhook;

internal static class GetIncomingWebhookEndpoint
{
    public static void MapGetIncomingWebhook(this IEndpointRouteBuilder api) =>
        api.MapGet("/hooks/incoming/{hook_id}", async (string hook_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetIncomingWebhookRequest(hook_id), http.RequestAborted)));
}
