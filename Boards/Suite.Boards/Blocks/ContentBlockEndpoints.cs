using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Boards.Blocks.MoveContentBlock;
using Suite.Platform.Mediator;

namespace Suite.Boards.Blocks;

/// <summary>Focalboard's content block route (<c>server/api/content_blocks.go</c>).</summary>
internal static class ContentBlockEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/content-blocks/{blockId}/moveto/{where}/{dstBlockId}", async (string blockId, string where, string dstBlockId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new MoveContentBlockRequest(blockId, where, dstBlockId), http.RequestAborted);
            return BoardsJson.Empty();
        });
}
