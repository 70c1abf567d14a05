using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.RegenOutgoingWebhookToken;

internal static class RegenOutgoingWebhookTokenEndpoint
{
    public static void MapRegenOutgoingWebhookToken(this IEndpointRouteBuilder api) =>
        api.MapPost("/hooks/outgoing/{hook_id}/regen_token", async (string hook_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new RegenOutgoingWebhookTokenRequest(hook_id), http.RequestAborted)));
}
