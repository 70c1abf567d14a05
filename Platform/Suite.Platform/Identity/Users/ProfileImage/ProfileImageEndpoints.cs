using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Suite.Platform.Api;
using Suite.Platform.Files;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.ProfileImage;

internal static class ProfileImageEndpoints
{
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
            var image = await ImageUploads.ReadAsync(http, configuration, "api.user.upload_profile_user", "profile image");
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
}
