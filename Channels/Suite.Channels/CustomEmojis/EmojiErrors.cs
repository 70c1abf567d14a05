using Suite.Platform.Errors;

namespace Suite.Channels.CustomEmojis;

/// <summary>Mattermost's custom emoji error ids and statuses.</summary>
internal static class EmojiErrors
{
    /// <summary>Where Mattermost's API layer refuses (create, list, get, image) the answer is 501; its app layer (search, by name) answers 403.</summary>
    public static AppErrorException Disabled(int status) =>
        new(status, "api.emoji.disabled.app_error", "Custom emoji have been disabled by the system admin.");

    public static AppErrorException TooLarge() =>
        new(413, "api.emoji.create.too_large.app_error", $"Unable to create emoji. Image must be less than {EmojiRules.MaxFileBytes / 1024} KB in size.");

    public static AppErrorException Parse(string detail) =>
        new(400, "api.emoji.create.parse.app_error", "Unable to create emoji. Could not understand request.", detail);

    public static AppErrorException OtherUser() =>
        new(403, "api.emoji.create.other_user.app_error", "Invalid user id.");

    public static AppErrorException Name() =>
        new(400, "model.emoji.name.app_error", "Name must be between 1 and 64 alphanumeric characters, '+', '-' or '_'.");

    public static AppErrorException SystemName() =>
        new(400, "model.emoji.system_emoji_name.app_error", "Name conflicts with an existing system emoji name.");

    public static AppErrorException Duplicate() =>
        new(400, "api.emoji.create.duplicate.app_error", "Unable to create emoji. Another emoji with the same name already exists.");

    public static AppErrorException NotAnImage() =>
        new(400, "api.emoji.upload.image.app_error", "Unable to create emoji. File must be a PNG, JPEG, GIF, WebP or BMP.");

    public static AppErrorException ImageTooLarge() =>
        new(400, "api.emoji.upload.large_image.too_large.app_error",
            $"Unable to create emoji. Image must be at most {EmojiRules.MaxOriginalSide} by {EmojiRules.MaxOriginalSide} pixels.");

    public static AppErrorException NotFound() =>
        new(404, "app.emoji.get.no_result", "Unable to get the emoji.");

    public static AppErrorException NameNotFound() =>
        new(404, "app.emoji.get_by_name.no_result", "Unable to get the emoji.");

    public static AppErrorException ImageMissing() =>
        new(404, "api.emoji.get_image.read.app_error", "Unable to read image file for emoji.");
}
