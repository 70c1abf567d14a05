using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Suite.Boards.Api;
using Suite.Boards.Files.GetFile;
using Suite.Boards.Files.UploadFile;
using Suite.Boards.Sharing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Boards.Files;

/// <summary>Focalboard's file routes (<c>server/api/files.go</c>), with its download headers.</summary>
internal static class FileEndpoints
{
    private const string FormField = "file";

    // Room for the multipart boundaries and part headers around the largest file allowed.
    private const long MultipartOverheadBytes = 64 * 1024;

    private static readonly string[] UnsafeContentTypes = ["application/javascript", "application/ecmascript", "text/javascript", "text/ecmascript", "application/x-javascript", "text/html"];
    private static readonly string[] MediaContentTypes = ["image/jpeg", "image/png", "image/bmp", "image/gif", "image/tiff", "video/avi", "video/mpeg", "video/mp4", "audio/mpeg", "audio/wav"];
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly JsonSerializerOptions FileInfoJson = new(BoardsJson.Options) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/teams/{teamId}/{boardId}/files", async (string teamId, string boardId, HttpContext http, ISender sender, BoardFileStorage storage) =>
        {
            var limit = storage.MaxFileSizeBytes + MultipartOverheadBytes;
            if (http.Request.ContentLength > limit)
            {
                throw UploadFileHandler.TooLarge(storage.MaxFileSizeBytes);
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            if (!http.Request.HasFormContentType)
            {
                throw BoardsErrors.BadRequest("request Content-Type isn't multipart/form-data");
            }

            IFormFile? file;
            try
            {
                var form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, http.RequestAborted);
                file = form.Files.GetFile(FormField);
            }
            catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
            {
                throw ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                    ? UploadFileHandler.TooLarge(storage.MaxFileSizeBytes)
                    : BoardsErrors.BadRequest(ex.Message);
            }

            if (file is null)
            {
                throw BoardsErrors.BadRequest("http: no such file");
            }

            var mimeType = ContentTypes.TryGetContentType(file.FileName, out var known) ? known : "application/octet-stream";
            await using var content = file.OpenReadStream();
            return BoardsJson.Ok(await sender.Send(new UploadFileRequest(teamId, boardId, file.FileName, mimeType, content), http.RequestAborted));
        });

        api.MapGet("/files/teams/{teamId}/{boardId}/{fileId}", async (string teamId, string boardId, string fileId, HttpContext http, ISender sender, BoardFileStorage storage) =>
        {
            var file = await sender.Send(new GetFileRequest(teamId, boardId, fileId, http.Request.Query[ReadTokens.QueryName].ToString()), http.RequestAborted);
            var contentType = string.IsNullOrEmpty(file.MimeType) ? "application/octet-stream" : file.MimeType;
            if (UnsafeContentTypes.Any(t => contentType.StartsWith(t, StringComparison.Ordinal)))
            {
                contentType = "text/plain";
            }

            var escaped = Uri.EscapeDataString(file.Name);
            var disposition = MediaContentTypes.Any(t => contentType.StartsWith(t, StringComparison.Ordinal)) ? "inline" : "attachment";
            var headers = http.Response.Headers;
            headers.CacheControl = "private, no-cache";
            headers.XContentTypeOptions = "nosniff";
            headers.ContentDisposition = $"{disposition};filename=\"{escaped}\"; filename*=UTF-8''{escaped}";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = "Frame-ancestors 'none'";
            return Results.Stream(storage.OpenRead(file), contentType);
        });

        api.MapGet("/files/teams/{teamId}/{boardId}/{fileId}/info", async (string teamId, string boardId, string fileId, HttpContext http, ISender sender) =>
            TypedResults.Json(await sender.Send(new GetFileRequest(teamId, boardId, fileId, http.Request.Query[ReadTokens.QueryName].ToString()), http.RequestAborted), FileInfoJson, ApiJson.ContentType, StatusCodes.Status200OK));
    }
}
