using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Boards.BoardsAndBlocks.CreateBoardsAndBlocks;
using Suite.Boards.BoardsAndBlocks.DeleteBoardsAndBlocks;
using Suite.Boards.BoardsAndBlocks.PatchBoardsAndBlocks;
using Suite.Platform.Mediator;

namespace Suite.Boards.BoardsAndBlocks;

/// <summary>Focalboard's <c>/boards-and-blocks</c> routes (<c>server/api/boards_and_blocks.go</c>).</summary>
internal static class BoardsAndBlocksEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/boards-and-blocks", async (HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new CreateBoardsAndBlocksRequest(await BoardsJson.ReadAsync<BoardsAndBlocksBody>(http)), http.RequestAborted)));

        api.MapPatch("/boards-and-blocks", async (HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new PatchBoardsAndBlocksRequest(await BoardsJson.ReadAsync<PatchBoardsAndBlocksBody>(http)), http.RequestAborted)));

        api.MapDelete("/boards-and-blocks", async (HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeleteBoardsAndBlocksRequest(await BoardsJson.ReadAsync<DeleteBoardsAndBlocksBody>(http)), http.RequestAborted);
            return BoardsJson.Empty();
        });
    }
}
