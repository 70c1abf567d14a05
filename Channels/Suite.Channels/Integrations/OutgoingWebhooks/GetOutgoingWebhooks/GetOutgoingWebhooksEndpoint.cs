using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.GetOutgoingWebhooks;

internal static class GetOutgoingWebhooksEndpoint
{
    public static void MapGetOutgoingWebhooks(this IEndpointRouteBuilder api) =>
        api.MapGet("/hooks/outgoing", async (HttpContext http, ISender sender) =>
        {
            var (page, perPage) = QueryParams.Paging(http.Request);
            var query = http.Request.Query;
            return ApiResults.Ok(await sender.Send(
                new GetOutgoingWebhooksRequest(query["team_id"].ToString(), query["channel_id"].ToString(), page, perPage), http.RequestAborted));
        });
}
