using Suite.Channels.Posts;

namespace Suite.Channels.Threads;

/// <summary>Moves a user's read point in a thread and announces <c>thread_read_changed</c> with the counts before and after.</summary>
internal sealed class ThreadReading(ThreadStore store, ThreadResponses responses, ThreadEvents events, TimeProvider time)
{
    public async Task<UserThread> MarkAsync(string userId, string teamId, Post root, long timestamp, CancellationToken cancellationToken)
    {
        var before = await store.FindAsync(userId, root.Id, cancellationToken);
        await store.MarkReadAsync(userId, root.Id, timestamp, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        var after = await store.FindAsync(userId, root.Id, cancellationToken) ?? throw ThreadErrors.NotFound();
        await events.ReadChangedAsync(userId, teamId, before ?? after with { UnreadMentions = 0, UnreadReplies = 0 }, after, timestamp, cancellationToken);
        return await responses.ToResponseAsync(after, extended: false, cancellationToken);
    }
}
