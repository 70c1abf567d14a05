using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Boards.Boards.CreateBoard;
using Suite.Boards.Boards.DeleteBoard;
using Suite.Boards.Boards.GetBoard;
using Suite.Boards.Boards.GetBoardMetadata;
using Suite.Boards.Boards.GetTeamBoards;
using Suite.Boards.Boards.PatchBoard;
using Suite.Boards.Sharing;
using Suite.Platform.Mediator;

namespace Suite.Boards.Boards;

/// <summary>The board routes of Focalboard's API v2.</summary>
internal static class BoardEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/teams/{teamId}/boards", async (string teamId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetTeamBoardsRequest(teamId), http.RequestAborted)));

        api.MapPost("/boards", async (HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new CreateBoardRequest(await BoardsJson.ReadAsync<Board>(http)), http.RequestAborted)));

        api.MapGet("/boards/{boardId}", async (string boardId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetBoardRequest(boardId, http.Request.Query[ReadTokens.QueryName].ToString()), http.RequestAborted)));

        api.MapGet("/boards/{boardId}/metadata", async (string boardId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetBoardMetadataRequest(boardId), http.RequestAborted)));

        api.MapPatch("/boards/{boardId}", async (string boardId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new PatchBoardRequest(boardId, await BoardsJson.ReadAsync<BoardPatch>(http)), http.RequestAborted)));

        api.MapDelete("/boards/{boardId}", async (string boardId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeleteBoardRequest(boardId, Deleted: true), http.RequestAborted);
            return BoardsJson.Empty();
        });

        api.MapPost("/boards/{boardId}/undelete", async (string boardId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DeleteBoardRequest(boardId, Deleted: false), http.RequestAborted);
            return BoardsJson.Empty();
        });
    }
}
