using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.GetIncomingWebhooks;

internal static class GetIncomingWebhooksEndpoint
{
    public static void MapGetIncomingWebhooks(this IEndpointRouteBuilder api) =>
        api.MapGet("/hooks/incoming", async (HttpContext http, ISender sender) =>
        {
            var (page, perPage) = QueryParams.Paging(http.Request);
            var withCount = http.Request.Query["include_total_count"].ToString() == "true";
            var result = await sender.Send(new GetIncomingWebhooksRequest(http.Request.Query["team_id"].ToString(), page, perPage, withCount), http.RequestAborted);
            return ApiResults.Ok(result);
        });
}
