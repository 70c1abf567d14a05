using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Files.GetFileInfo;

internal static class GetFileInfoEndpoint
{
    public static void MapGetFileInfo(this IEndpointRouteBuilder api) =>
        api.MapGet("/files/{file_id}/info", async (string file_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetFileInfoRequest(file_id), http.RequestAborted)));
}
