using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Boards.Duplication.DuplicateBlock;
using Suite.Boards.Duplication.DuplicateBoard;
using Suite.Platform.Mediator;

namespace Suite.Boards.Duplication;

/// <summary>Focalboard's duplicate routes for boards (and templates) and blocks.</summary>
internal static class DuplicationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/boards/{boardId}/duplicate", async (string boardId, HttpContext http, ISender sender) =>
        {
            var query = http.Request.Query;
            return BoardsJson.Ok(await sender.Send(new DuplicateBoardRequest(boardId, query["asTemplate"] == "true", query["toTeam"].ToString()), http.RequestAborted));
        });

        api.MapPost("/boards/{boardId}/blocks/{blockId}/duplicate", async (string boardId, string blockId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new DuplicateBlockRequest(boardId, blockId, http.Request.Query["asTemplate"] == "true"), http.RequestAborted)));
    }
}
