using Suite.Platform.Errors;

namespace Suite.Channels.Posts;

/// <summary>Mattermost's post error ids.</summary>
internal static class PostErrors
{
    public const int MaxMessageRunes = 16383;

    public static AppErrorException NotFound() =>
        new(404, "app.post.get.app_error", "Unable to get the post.");

    public static AppErrorException ArchivedChannel() =>
        new(403, "api.post.create_post.can_not_post_to_deleted.error", "Can not post to a deleted or archived channel.");

    public static AppErrorException BadRoot() =>
        new(400, "api.post.create_post.root_id.app_error", "Invalid RootId parameter.");
}
