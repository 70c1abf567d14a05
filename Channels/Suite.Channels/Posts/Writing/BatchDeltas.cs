namespace Suite.Channels.Posts.Writing;

/// <summary>
/// What a batch adds to the channel's and its members' counters. Times are the posts' ordinals in
/// the batch: the statements turn them into <c>create_at</c> values, post i of a batch of n being
/// created at the channel's new <c>last_post_at - n + i</c>.
/// </summary>
internal sealed class BatchDeltas
{
    public long Counted { get; private set; }

    public long CountedRoot { get; private set; }

    /// <summary>The ordinal of the batch's last root post; 0 when it has none.</summary>
    public long LastRootOrdinal { get; private set; }

    public Dictionary<string, MemberDelta> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>Each replied-to root post's last reply in the batch, by ordinal.</summary>
    public Dictionary<string, long> Roots { get; } = new(StringComparer.Ordinal);

    public static BatchDeltas From(IEnumerable<WrittenPost> written)
    {
        var deltas = new BatchDeltas();
        foreach (var (draft, ordinal, mentions) in written)
        {
            if (draft.CountsAsMessage)
            {
                deltas.Counted++;
                deltas.CountedRoot += draft.IsRoot ? 1 : 0;
            }

            if (draft.IsRoot)
            {
                deltas.LastRootOrdinal = ordinal;
            }
            else
            {
                deltas.Roots[draft.RootId] = ordinal;
            }

            foreach (var userId in mentions)
            {
                var delta = deltas.Member(userId);
                delta.Mentions++;
                delta.MentionsRoot += draft.IsRoot ? 1 : 0;
            }

            if (draft.MarkAuthorRead)
            {
                var author = deltas.Member(draft.UserId);
                author.Viewed = true;
                author.CountedAtView = deltas.Counted;
                author.CountedRootAtView = deltas.CountedRoot;
                author.ViewedOrdinal = ordinal;
                author.Mentions = 0;
                author.MentionsRoot = 0;
            }
        }

        return deltas;
    }

    private MemberDelta Member(string userId)
    {
        if (!Members.TryGetValue(userId, out var delta))
        {
            delta = new MemberDelta();
            Members[userId] = delta;
        }

        return delta;
    }
}

/// <summary>One member's counter changes in a batch.</summary>
internal sealed class MemberDelta
{
    /// <summary>The member wrote in the batch and so read the channel up to their last post.</summary>
    public bool Viewed { get; set; }

    public long CountedAtView { get; set; }

    public long CountedRootAtView { get; set; }

    public long Mentions { get; set; }

    public long MentionsRoot { get; set; }

    public long ViewedOrdinal { get; set; }
}
