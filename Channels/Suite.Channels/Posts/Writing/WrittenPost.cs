namespace Suite.Channels.Posts.Writing;

/// <summary>A post of the batch that is being written: its ordinal in the batch (from 1) and whom it mentions.</summary>
internal sealed record WrittenPost(PostDraft Draft, int Ordinal, IReadOnlyList<string> Mentions);

/// <summary>The channel as a write transaction sees it: what the commit answers with.</summary>
internal static class ChannelSnapshots
{
    /// <summary>The outcome of a written post, with <c>create_at</c> from PostgreSQL and its thread's counts.</summary>
    public static PostWriteOutcome Written(
        WrittenPost written, long createAt, (long Count, long LastAt) thread, ChannelSnapshot channel, ChannelMemberCache members) => new()
    {
        Status = PostWriteStatus.Written,
        CreateAt = createAt,
        ReplyCount = thread.Count,
        LastReplyAt = thread.LastAt,
        MentionedUserIds = [.. written.Mentions],
        Channel = channel,
        MemberIds = members.MemberIds,
        Usernames = members.Usernames,
    };
}
