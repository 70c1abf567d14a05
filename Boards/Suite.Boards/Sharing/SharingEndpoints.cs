using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Boards.Sharing.GetSharing;
using Suite.Boards.Sharing.SetSharing;
using Suite.Platform.Mediator;

namespace Suite.Boards.Sharing;

/// <summary>Focalboard's sharing routes (<c>server/api/sharing.go</c>).</summary>
internal static class SharingEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/boards/{boardId}/sharing", async (string boardId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetSharingRequest(boardId), http.RequestAborted)));

        api.MapPost("/boards/{boardId}/sharing", async (string boardId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new SetSharingRequest(boardId, await BoardsJson.ReadAsync<BoardSharing>(http)), http.RequestAborted);
            return BoardsJson.Empty();
        });
    }
}
