using Npgsql;

namespace Suite.Channels.Posts.Writing;

/// <summary>
/// The statements that follow a batch's insert: members' unread and mention counters, the replied-to
/// root posts' update times, and the threads' reply counts to answer with.
/// </summary>
internal static class CounterCommands
{
    // Authors who read the channel by posting get absolute counters (everything up to their last
    // post read); everyone else's mention counters grow by what the batch added.
    private const string MembersSql =
        """
        UPDATE channels.channel_members m SET
            msg_count = CASE WHEN v.viewed THEN c.total_msg_count - v.unread ELSE m.msg_count END,
            msg_count_root = CASE WHEN v.viewed THEN c.total_msg_count_root - v.unread_root ELSE m.msg_count_root END,
            mention_count = CASE WHEN v.viewed THEN v.mentions ELSE m.mention_count + v.mentions END,
            mention_count_root = CASE WHEN v.viewed THEN v.mentions_root ELSE m.mention_count_root + v.mentions_root END,
            last_viewed_at = CASE WHEN v.viewed THEN GREATEST(m.last_viewed_at, c.last_post_at - @batchCount + v.viewed_ord) ELSE m.last_viewed_at END,
            last_update_at = @now
          FROM channels.channels c,
               unnest(@memberIds, @viewed, @unread, @unreadRoot, @mentions, @mentionsRoot, @viewedOrds)
               AS v(user_id, viewed, unread, unread_root, mentions, mentions_root, viewed_ord)
         WHERE c.id = @channelId AND m.channel_id = @channelId AND m.user_id = v.user_id
        """;

    private const string TouchRootsSql =
        """
        UPDATE channels.posts p SET update_at = GREATEST(p.update_at, c.last_post_at - @batchCount + v.ord)
          FROM channels.channels c, unnest(@rootIds, @replyOrds) AS v(id, ord)
         WHERE c.id = @channelId AND p.id = v.id
        """;

    public static void Add(NpgsqlBatch batch, string channelId, int batchCount, BatchDeltas deltas, long now)
    {
        if (deltas.Members.Count > 0)
        {
            var members = deltas.Members.ToList();
            var update = new NpgsqlBatchCommand(MembersSql);
            update.Parameters.Add(new NpgsqlParameter<long>("now", now));
            update.Parameters.Add(new NpgsqlParameter<string>("channelId", channelId));
            update.Parameters.Add(new NpgsqlParameter<int>("batchCount", batchCount));
            update.Parameters.Add(new NpgsqlParameter<string[]>("memberIds", members.Select(m => m.Key).ToArray()));
            update.Parameters.Add(new NpgsqlParameter<bool[]>("viewed", members.Select(m => m.Value.Viewed).ToArray()));
            update.Parameters.Add(new NpgsqlParameter<long[]>("unread", members.Select(m => deltas.Counted - m.Value.CountedAtView).ToArray()));
            update.Parameters.Add(new NpgsqlParameter<long[]>("unreadRoot", members.Select(m => deltas.CountedRoot - m.Value.CountedRootAtView).ToArray()));
            update.Parameters.Add(new NpgsqlParameter<long[]>("mentions", members.Select(m => m.Value.Mentions).ToArray()));
            update.Parameters.Add(new NpgsqlParameter<long[]>("mentionsRoot", members.Select(m => m.Value.MentionsRoot).ToArray()));
            update.Parameters.Add(new NpgsqlParameter<long[]>("viewedOrds", members.Select(m => m.Value.ViewedOrdinal).ToArray()));
            batch.BatchCommands.Add(update);
        }

        if (deltas.Roots.Count > 0)
        {
            var touch = new NpgsqlBatchCommand(TouchRootsSql);
            touch.Parameters.Add(new NpgsqlParameter<string>("channelId", channelId));
            touch.Parameters.Add(new NpgsqlParameter<int>("batchCount", batchCount));
            touch.Parameters.Add(new NpgsqlParameter<string[]>("rootIds", deltas.Roots.Keys.ToArray()));
            touch.Parameters.Add(new NpgsqlParameter<long[]>("replyOrds", deltas.Roots.Values.ToArray()));
            batch.BatchCommands.Add(touch);
            batch.BatchCommands.Add(ReplyCounts.Command(deltas.Roots.Keys));
        }
    }
}
