using Suite.Channels.Channels;
using Suite.Channels.Posts;
using Suite.Channels.Sidebar;
using Suite.Platform.Errors;

namespace Suite.Channels.Threads;

/// <summary>Who may touch a user's threads (the user or a system admin, while the user is in the team) and which posts are threads of the team.</summary>
internal sealed class ThreadAccess(SidebarAccess users, PostReadAccess posts)
{
    public Task<string> RequireUserAsync(string userRef, string teamId, CancellationToken cancellationToken) =>
        users.RequireUserAsync(userRef, teamId, cancellationToken);

    /// <summary>The root post, when the caller may read it and it is in the team or in a direct or group channel.</summary>
    public async Task<(Post Root, Channel Channel)> RequireThreadAsync(string threadId, string teamId, CancellationToken cancellationToken)
    {
        var (root, channel) = await posts.ReadableAsync(threadId, includeDeleted: false, cancellationToken);
        if (root.RootId.Length > 0)
        {
            throw new AppErrorException(400, "app.user.update_thread_follow_for_user.app_error", "The post is a reply, not a thread's root.");
        }

        if (channel.TeamId.Length > 0 && channel.TeamId != teamId)
        {
            throw ThreadErrors.NotFound();
        }

        return (root, channel);
    }
}

internal static class ThreadErrors
{
    public static AppErrorException NotFound() =>
        new(404, "app.user.get_threads_for_user.not_found", "The thread is not found or not followed.");
}
