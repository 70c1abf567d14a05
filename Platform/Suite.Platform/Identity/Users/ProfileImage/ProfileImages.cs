using Dapper;
using Npgsql;
using Suite.Platform.Errors;
using Suite.Platform.Files;

namespace Suite.Platform.Identity.Users.ProfileImage;

/// <summary>
/// Users' pictures in the server's file storage (<c>users/{id}/profile.png</c>, Mattermost's path), always
/// stored as a 128-pixel square PNG. A user without one gets a generated picture, drawn from their id.
/// <c>last_picture_update</c> tells clients when to fetch again: the time of an upload, or minus the time
/// the picture was reset to the default (as Mattermost marks it).
/// </summary>
internal sealed class ProfileImages(NpgsqlDataSource db, IFileStore files, IImageCodec images, TimeProvider time)
{
    public const int Size = 128;

    public static string PathOf(string userId) => $"users/{userId}/profile.png";

    public byte[] Default(string userId) => images.Identicon(userId, Size);

    /// <summary>The user's stored picture, or the generated one; 404 when there is no such user.</summary>
    public async Task<byte[]> ReadAsync(string userId, CancellationToken cancellationToken)
    {
        var lastUpdate = await LastPictureUpdateAsync(userId, cancellationToken) ?? throw UserErrors.NotFound();
        var stored = lastUpdate > 0 ? await files.ReadAsync(PathOf(userId), cancellationToken) : null;
        return stored ?? Default(userId);
    }

    /// <summary>Stores the image cropped to its centre square and scaled to <see cref="Size"/>; 400 when it is not an image.</summary>
    public async Task SaveAsync(string userId, byte[] image, CancellationToken cancellationToken)
    {
        _ = await LastPictureUpdateAsync(userId, cancellationToken) ?? throw UserErrors.NotFound();
        if (images.Inspect(image) is null)
        {
            throw new AppErrorException(400, "api.user.upload_profile_user.decode.app_error", "Could not decode the profile image: the file must be a PNG, JPEG, GIF, WebP or BMP image.");
        }

        var png = images.SquareAsPng(image, Size)
            ?? throw new AppErrorException(400, "api.user.upload_profile_user.decode.app_error", "Could not decode the profile image.");
        await files.WriteAsync(PathOf(userId), png, cancellationToken);
        await SetLastPictureUpdateAsync(userId, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
    }

    public async Task ResetAsync(string userId, CancellationToken cancellationToken)
    {
        _ = await LastPictureUpdateAsync(userId, cancellationToken) ?? throw UserErrors.NotFound();
        files.Delete(PathOf(userId));
        await SetLastPictureUpdateAsync(userId, -time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
    }

    private async Task<long?> LastPictureUpdateAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT last_picture_update FROM platform.users WHERE id = @userId", new { userId }, cancellationToken: cancellationToken));
    }

    private async Task SetLastPictureUpdateAsync(string userId, long value, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE platform.users SET last_picture_update = @value, update_at = @now WHERE id = @userId",
            new { userId, value, now = Math.Abs(value) },
            cancellationToken: cancellationToken));
    }
}
