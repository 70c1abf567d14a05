using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Platform.Mediator;

namespace Suite.Boards.Statistics;

/// <summary>Focalboard's statistics route (<c>server/api/statistics.go</c>).</summary>
internal static class StatisticsEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/statistics", async (HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetStatisticsRequest(), http.RequestAborted)));
}
