using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.UpdateOutgoingWebhook;

internal static class UpdateOutgoingWebhookEndpoint
{
    public static void MapUpdateOutgoingWebhook(this IEndpointRouteBuilder api) =>
        api.MapPut("/hooks/outgoing/{hook_id}", async (string hook_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<UpdateOutgoingWebhookRequest>("hook");
            return ApiResults.Ok(await sender.Send(body with { HookId = hook_id }, http.RequestAborted));
        });
}
