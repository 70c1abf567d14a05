using Suite.Channels.Posts;
using Suite.Channels.Threads;

namespace Suite.Channels.Web.Threads;

/// <summary>A followed thread as the Threads view lists it.</summary>
public sealed record ThreadSummary(string Id, Post? Root, long ReplyCount, long UnreadReplies, long UnreadMentions)
{
    internal static ThreadSummary From(UserThread thread) =>
        new(thread.Id, thread.Post, thread.ReplyCount, thread.UnreadReplies, thread.UnreadMentions);
}
