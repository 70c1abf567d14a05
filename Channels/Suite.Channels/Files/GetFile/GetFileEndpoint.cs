using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Suite.Platform.Mediator;

namespace Suite.Channels.Files.GetFile;

internal static class GetFileEndpoint
{
    // Mattermost shows these in the browser; everything else is downloaded.
    private static readonly string[] InlineMediaTypes =
        ["image/jpeg", "image/png", "image/bmp", "image/gif", "image/tiff", "video/avi", "video/mpeg", "video/mp4", "audio/mpeg", "audio/wav"];

    // Served as plain text so that an uploaded page or script never runs in the server's origin.
    private static readonly string[] ActiveMediaTypes =
        ["application/javascript", "application/ecmascript", "text/javascript", "text/ecmascript", "application/x-javascript", "text/html"];

    public static void MapGetFile(this IEndpointRouteBuilder api)
    {
        api.MapGet("/files/{file_id}", (string file_id, HttpContext http, ISender sender) => SendAsync(file_id, FileVariant.Content, http, sender));
        api.MapGet("/files/{file_id}/thumbnail", (string file_id, HttpContext http, ISender sender) => SendAsync(file_id, FileVariant.Thumbnail, http, sender));
        api.MapGet("/files/{file_id}/preview", (string file_id, HttpContext http, ISender sender) => SendAsync(file_id, FileVariant.Preview, http, sender));
    }

    private static async Task<IResult> SendAsync(string fileId, FileVariant variant, HttpContext http, ISender sender)
    {
        var content = await sender.Send(new GetFileRequest(fileId, variant), http.RequestAborted);
        var file = content.File;
        var mediaType = file.MimeType.Length == 0 ? "application/octet-stream" : file.MimeType;
        if (ActiveMediaTypes.Any(t => mediaType.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            mediaType = "text/plain";
        }

        var inline = !IsTrue(http.Request.Query["download"].ToString())
            && InlineMediaTypes.Any(t => mediaType.StartsWith(t, StringComparison.OrdinalIgnoreCase));
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(file.Name);

        var headers = http.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.CacheControl = "private, no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = "frame-ancestors 'none'";
        return TypedResults.PhysicalFile(content.FullPath, mediaType, lastModified: DateTimeOffset.FromUnixTimeMilliseconds(file.UpdateAt), enableRangeProcessing: true);
    }

    /// <summary>Go's <c>strconv.ParseBool</c>, which Mattermost uses for <c>download</c>.</summary>
    private static bool IsTrue(string value) => value is "1" or "t" or "T" or "TRUE" or "true" or "True";
}
