using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Boards.Blocks.PatchBlocks;
using Suite.Boards.Blocks.UndeleteBlock;
using Suite.Platform.Mediator;

namespace Suite.Boards.Blocks;

/// <summary>The batch patch and undelete routes of Focalboard's blocks.</summary>
internal static class BlockBatchEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPatch("/boards/{boardId}/blocks", async (string boardId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new PatchBlocksRequest(boardId, await BoardsJson.ReadAsync<BlockPatchBatch>(http)), http.RequestAborted);
            return BoardsJson.Empty();
        });

        api.MapPost("/boards/{boardId}/blocks/{blockId}/undelete", async (string boardId, string blockId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new UndeleteBlockRequest(boardId, blockId), http.RequestAborted)));
    }
}
