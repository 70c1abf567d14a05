using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Suite.Platform.Errors;

namespace Suite.Platform.Files;

/// <summary>
/// Reads the <c>image</c> part of a multipart upload (profile pictures, team icons) within Mattermost's file
/// size limit (<c>FileSettings.MaxFileSize</c>), answering its errors under <c>{errorPrefix}.parse</c> and
/// <c>{errorPrefix}.too_large</c>. Null when the form has no <c>image</c>.
/// </summary>
internal static class ImageUploads
{
    private const long DefaultMaxFileSizeBytes = 100L * 1024 * 1024;

    public static async Task<byte[]?> ReadAsync(HttpContext http, IConfiguration configuration, string errorPrefix, string what)
    {
        var maxBytes = MaxBytes(configuration);
        if (http.Request.ContentLength > maxBytes)
        {
            throw TooLarge(errorPrefix, what);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        if (!http.Request.HasFormContentType)
        {
            throw new AppErrorException(400, $"{errorPrefix}.parse.app_error", "Could not parse multipart form.");
        }

        try
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = maxBytes }));
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            if (form.Files.GetFile("image") is not { } file)
            {
                return null;
            }

            await using var stream = file.OpenReadStream();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, http.RequestAborted);
            return copy.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(errorPrefix, what);
        }
        catch (InvalidDataException e)
        {
            throw e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(errorPrefix, what)
                : new AppErrorException(400, $"{errorPrefix}.parse.app_error", "Could not parse multipart form.", e.Message);
        }
    }

    private static long MaxBytes(IConfiguration configuration) =>
        long.TryParse(configuration["Suite:Files:MaxFileSizeBytes"], NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0 ? max : DefaultMaxFileSizeBytes;

    private static AppErrorException TooLarge(string errorPrefix, string what) =>
        new(413, $"{errorPrefix}.too_large.app_error", $"Unable to upload {what}. File is too large.");
}
