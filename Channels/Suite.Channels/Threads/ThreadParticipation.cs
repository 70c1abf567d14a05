using Suite.Channels.Contracts;
using Suite.Channels.Posts;
using Suite.Platform.Mediator;

namespace Suite.Channels.Threads;

/// <summary>
/// After a reply is committed: its author, the root's author and the users it mentions follow the
/// thread, and every follower still in the channel hears <c>thread_updated</c> with their counts
/// before and after the reply.
/// </summary>
internal sealed class ThreadParticipation(ThreadStore store, ThreadResponses responses, ThreadEvents events, TimeProvider time) : INotificationHandler<PostCreated>
{
    public async Task Handle(PostCreated notification, CancellationToken cancellationToken)
    {
        var post = notification.Post;
        if (post.RootId.Length == 0 || PostTypes.IsSystem(post.Type))
        {
            return;
        }

        var mentioned = notification.MentionedUserIds;
        await store.RecordReplyAsync(post.RootId, post.UserId, post.CreateAt, mentioned, post.Id, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);

        var followers = await store.FollowersAsync(post.RootId, cancellationToken);
        // Not extended: a reply may come from a webhook or another module, with no signed-in user to read profiles as.
        var threads = await responses.ToResponsesAsync(followers, extended: false, cancellationToken);
        foreach (var (row, thread) in followers.Zip(threads))
        {
            var unreadForThem = post.CreateAt > row.LastViewedAt ? 1 : 0;
            var mentionForThem = unreadForThem == 1 && mentioned.Contains(row.UserId) ? 1 : 0;
            await events.UpdatedAsync(
                row.UserId,
                notification.TeamId,
                thread,
                Math.Max(0, row.UnreadReplies - unreadForThem),
                Math.Max(0, row.UnreadMentions - mentionForThem),
                cancellationToken);
        }
    }
}
