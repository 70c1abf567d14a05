using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Suite.Boards.Api;
using Suite.Platform.Errors;

namespace Suite.Boards.Imports;

/// <summary>
/// An uploaded file (the multipart field <c>file</c>, as Focalboard's import reads it) copied as it arrives to a
/// temporary file that is deleted when this is disposed, so an import never holds the upload in memory and
/// can read it twice (to tell formats apart, and then to import it).
/// </summary>
internal sealed class ImportUpload : IAsyncDisposable
{
    public const string FieldName = "file";

    private ImportUpload(string path, string fileName, long length)
    {
        Path = path;
        FileName = fileName;
        Length = length;
    }

    public string Path { get; }

    public string FileName { get; }

    public long Length { get; }

    public FileStream OpenRead() => new(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public static async Task<ImportUpload> ReceiveAsync(HttpContext http, ImportSettings settings)
    {
        var maxRequest = settings.MaxImportBytes + (64 * 1024);
        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false })
        {
            limit.MaxRequestBodySize = maxRequest;
        }

        if (http.Request.ContentLength > maxRequest)
        {
            throw TooLarge(settings);
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw BoardsErrors.BadRequest("the import must be a multipart/form-data upload with the file in the field \"file\"");
        }

        var reader = new MultipartReader(boundary, http.Request.Body) { BodyLengthLimit = null };
        while (await ReadSectionAsync(reader, http.RequestAborted) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.IsFileDisposition()
                || disposition.Name.Value?.Trim('"') != FieldName)
            {
                continue;
            }

            Directory.CreateDirectory(settings.TemporaryDirectory);
            var path = System.IO.Path.Combine(settings.TemporaryDirectory, Guid.NewGuid().ToString("N") + ".upload");
            var name = (disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
            try
            {
                long length;
                await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
                {
                    length = await CopyLimitedAsync(section.Body, target, settings, http.RequestAborted);
                }

                return new ImportUpload(path, name, length);
            }
            catch
            {
                File.Delete(path);
                throw;
            }
        }

        throw BoardsErrors.BadRequest("the import has no file: send it in the multipart field \"file\"");
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // A file still open elsewhere goes with the next clean-up of the directory; nothing depends on it.
        }

        return ValueTask.CompletedTask;
    }

    private static async Task<MultipartSection?> ReadSectionAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadNextSectionAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            throw BoardsErrors.BadRequest($"the upload could not be read: {ex.Message}");
        }
    }

    private static async Task<long> CopyLimitedAsync(Stream source, Stream target, ImportSettings settings, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = await ReadAsync(source, buffer, settings, cancellationToken)) > 0)
        {
            total += read;
            if (total > settings.MaxImportBytes)
            {
                throw TooLarge(settings);
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total;
    }

    private static async Task<int> ReadAsync(Stream source, byte[] buffer, ImportSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return await source.ReadAsync(buffer, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(settings);
        }
    }

    private static AppErrorException TooLarge(ImportSettings settings) =>
        new(413, "api.boards.import.too_large", $"the file is larger than the import limit of {settings.MaxImportBytes} bytes");
}
