using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.UpdateIncomingWebhook;

internal static class UpdateIncomingWebhookEndpoint
{
    public static void MapUpdateIncomingWebhook(this IEndpointRouteBuilder api) =>
        api.MapPut("/hooks/incoming/{hook_id}", async (string hook_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<UpdateIncomingWebhookRequest>("hook");
            return ApiResults.Ok(await sender.Send(body with { HookId = hook_id }, http.RequestAborted));
        });
}
