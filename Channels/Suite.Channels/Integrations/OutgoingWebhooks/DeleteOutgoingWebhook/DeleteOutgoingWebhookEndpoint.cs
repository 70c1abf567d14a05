using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.DeleteOutgoingWebhook;

internal static class DeleteOutgoingWebhookEndpoint
{
    public static void MapDeleteOutgoingWebhook(this IEndpointRouteBuilder api) =>
        api.MapDelete("/hooks/outgoing/{hook_id}", async (string hook_id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeleteOutgoingWebhookRequest(hook_id), http.RequestAborted);
            return ApiResults.StatusOk();
        });
}
