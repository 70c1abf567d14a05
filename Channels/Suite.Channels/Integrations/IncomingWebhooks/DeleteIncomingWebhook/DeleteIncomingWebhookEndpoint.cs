using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.DeleteIncomingWebhook;

internal static class DeleteIncomingWebhookEndpoint
{
    public static void MapDeleteIncomingWebhook(this IEndpointRouteBuilder api) =>
        api.MapDelete("/hooks/incoming/{hook_id}", async (string hook_id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeleteIncomingWebhookRequest(hook_id), http.RequestAborted);
            return ApiResults.StatusOk();
        });
}
