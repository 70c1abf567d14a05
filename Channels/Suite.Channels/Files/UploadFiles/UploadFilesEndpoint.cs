using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Channels.Files.UploadFiles;

internal static class UploadFilesEndpoint
{
    public static void MapUploadFiles(this IEndpointRouteBuilder api) =>
        api.MapPost("/files", async (HttpContext http, ISender sender) =>
        {
            var settings = http.RequestServices.GetRequiredService<FileSettings>();
            var upload = await MultipartUpload.OpenAsync(http, settings.MaxRequestBytes);
            return ApiResults.Created(await sender.Send(new UploadFilesRequest(upload.ChannelId, upload), http.RequestAborted));
        });
}
