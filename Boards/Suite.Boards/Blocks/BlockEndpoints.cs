using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Boards.Blocks.DeleteBlock;
using Suite.Boards.Blocks.GetBlocks;
using Suite.Boards.Blocks.InsertBlocks;
using Suite.Boards.Blocks.PatchBlock;
using Suite.Boards.Sharing;
using Suite.Platform.Mediator;

namespace Suite.Boards.Blocks;

/// <summary>The block routes of Focalboard's API v2.</summary>
internal static class BlockEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/boards/{boardId}/blocks", async (string boardId, HttpContext http, ISender sender) =>
        {
            var query = http.Request.Query;
            var request = new GetBlocksRequest(boardId, query["parent_id"].ToString(), query["type"].ToString(), query["all"].ToString().Length > 0, query["block_id"].ToString(), query[ReadTokens.QueryName].ToString());
            return BoardsJson.Ok(await sender.Send(request, http.RequestAborted));
        });

        api.MapPost("/boards/{boardId}/blocks", async (string boardId, HttpContext http, ISender sender) =>
        {
            var disableNotify = http.Request.Query["disable_notify"].ToString() == "true";
            return BoardsJson.Ok(await sender.Send(new InsertBlocksRequest(boardId, await BoardsJson.ReadAsync<List<Block>>(http), disableNotify), http.RequestAborted));
        });

        api.MapPatch("/boards/{boardId}/blocks/{blockId}", async (string boardId, string blockId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new PatchBlockRequest(boardId, blockId, await BoardsJson.ReadAsync<BlockPatch>(http)), http.RequestAborted);
            return BoardsJson.Empty();
        });

        api.MapDelete("/boards/{boardId}/blocks/{blockId}", async (string boardId, string blockId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeleteBlockRequest(boardId, blockId), http.RequestAborted);
            return BoardsJson.Empty();
        });
    }
}
