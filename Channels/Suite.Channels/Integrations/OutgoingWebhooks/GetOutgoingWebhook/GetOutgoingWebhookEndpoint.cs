using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.GetOutgoingWebhook;

internal static class GetOutgoingWebhookEndpoint
{
    public static void MapGetOutgoingWebhook(this IEndpointRouteBuilder api) =>
        api.MapGet("/hooks/outgoing/{hook_id}", async (string hook_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetOutgoingWebhookRequest(hook_id), http.RequestAborted)));
}
