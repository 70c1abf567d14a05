using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Platform.Mediator;

namespace Suite.Boards.Compliance;

/// <summary>Focalboard's compliance routes (<c>server/api/compliance.go</c>).</summary>
internal static class ComplianceEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/admin/boards", async (HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetBoardsForComplianceRequest(ComplianceQuery.From(http.Request.Query)), http.RequestAborted)));

        api.MapGet("/admin/boards_history", async (HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetBoardsHistoryRequest(ComplianceQuery.From(http.Request.Query)), http.RequestAborted)));

        api.MapGet("/admin/blocks_history", async (HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetBlocksHistoryRequest(ComplianceQuery.From(http.Request.Query)), http.RequestAborted)));
    }
}
