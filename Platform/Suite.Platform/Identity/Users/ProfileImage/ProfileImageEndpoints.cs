using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.ProfileImage;

internal static class ProfileImageEndpoints
{
    private const long DefaultMaxFileSizeBytes = 100L * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v4/users/{userId}/image", async (string userId, HttpContext http, ICurrentUser currentUser, ISender sender) =>
            Png(http, await sender.Send(new GetProfileImageRequest(UserRoute.Resolve(userId, currentUser), DefaultOnly: false), http.RequestAborted)));

        endpoints.MapGet("/api/v4/users/{userId}/image/default", async (string userId, HttpContext http, ICurrentUser currentUser, ISender sender) =>
            Png(http, await sender.Send(new GetProfileImageRequest(UserRoute.Resolve(userId, currentUser), DefaultOnly: true), http.RequestAborted)));

        endpoints.MapPost("/api/v4/users/{userId}/image", async (string userId, HttpContext http, ICurrentUser currentUser, IConfiguration configuration, ISender sender) =>
        {
            var resolved = UserRoute.Resolve(userId, currentUser);
            currentUser.RequireUserId();
            var image = await ReadImageAsync(http, MaxBytes(configuration));
            await sender.Send(new SetProfileImageRequest(resolved, image), http.RequestAborted);
            return ApiResults.StatusOk();
        });

        endpoints.MapDelete("/api/v4/users/{userId}/image", async (string userId, HttpContext http, ICurrentUser currentUser, ISender sender) =>
        {
            await sender.Send(new DeleteProfileImageRequest(UserRoute.Resolve(userId, currentUser)), http.RequestAborted);
            return ApiResults.StatusOk();
        });
    }

    private static IResult Png(HttpContext http, byte[] image)
    {
        // Clients add ?_=<last_picture_update> to the URL, so a changed picture is a new address.
        http.Response.Headers.CacheControl = http.Request.Query.ContainsKey("_") ? "max-age=86400, private" : "no-cache, private";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(image, "image/png");
    }

    /// <summary>Mattermost's limit for a profile picture is its file size limit (<c>FileSettings.MaxFileSize</c>).</summary>
    private static long MaxBytes(IConfiguration configuration) =>
        long.TryParse(configuration["Suite:Files:MaxFileSizeBytes"], NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0 ? max : DefaultMaxFileSizeBytes;

    private static async Task<byte[]?> ReadImageAsync(HttpContext http, long maxBytes)
    {
        if (http.Request.ContentLength > maxBytes)
        {
            throw TooLarge();
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        if (!http.Request.HasFormContentType)
        {
            throw new AppErrorException(400, "api.user.upload_profile_user.parse.app_error", "Could not parse multipart form.");
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
            throw TooLarge();
        }
        catch (InvalidDataException e)
        {
            throw e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge()
                : new AppErrorException(400, "api.user.upload_profile_user.parse.app_error", "Could not parse multipart form.", e.Message);
        }
    }

    private static AppErrorException TooLarge() =>
        new(413, "api.user.upload_profile_user.too_large.app_error", "Unable to upload profile image. File is too large.");
}
