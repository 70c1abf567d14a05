using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Suite.Channels.Posts.Writing;

/// <summary>
/// The insert of a channel's batch, in batch order: post i of n gets <c>create_at</c> =
/// <c>last_post_at - n + i</c>, the channel's <c>last_post_at</c> having just moved by n under its
/// lock. A retried pending id inserts nothing (and returns no row).
/// </summary>
internal static class PostInsert
{
    private static readonly string Sql =
        $"""
        INSERT INTO channels.posts (id, channel_id, user_id, root_id, message, type, props, hashtags, file_ids, pending_post_id, create_at, update_at,
                                    search_vector, search_pairs)
        SELECT u.id, c.id, u.user_id, u.root_id, u.message, u.type, u.props::jsonb, u.hashtags, u.file_ids::jsonb, u.pending_post_id,
               c.last_post_at - @batchCount + u.ord, c.last_post_at - @batchCount + u.ord, document.vector, pairs.pairs
          FROM unnest(@ords, @ids, @userIds, @rootIds, @messages, @types, @props, @hashtags, @fileIds, @pendingPostIds, @requireMembership)
               AS u(ord, id, user_id, root_id, message, type, props, hashtags, file_ids, pending_post_id, require_membership)
          JOIN channels.channels c ON c.id = @channelId AND c.delete_at = 0,
               {PostSearchDocument.Lateral("u.message", "u.hashtags")}
         WHERE NOT u.require_membership
            OR EXISTS (SELECT 1 FROM channels.channel_members m WHERE m.channel_id = c.id AND m.user_id = u.user_id)
        ON CONFLICT (user_id, pending_post_id) WHERE pending_post_id <> '' DO NOTHING
        RETURNING id, create_at
        """;

    /// <summary>
    /// The statement. Without <paramref name="checkMembership"/> it does not look up the authors'
    /// memberships: the caller knows them from members it will find unchanged under the channel's lock, or rolls back.
    /// </summary>
    public static NpgsqlBatchCommand Command(string channelId, IReadOnlyList<PostDraft> drafts, bool checkMembership)
    {
        var insert = new NpgsqlBatchCommand(Sql);
        insert.Parameters.Add(new NpgsqlParameter<string>("channelId", channelId));
        insert.Parameters.Add(new NpgsqlParameter<int>("batchCount", drafts.Count));
        insert.Parameters.Add(new NpgsqlParameter<int[]>("ords", Enumerable.Range(1, drafts.Count).ToArray()));
        insert.Parameters.Add(Text("ids", drafts, d => d.Id));
        insert.Parameters.Add(Text("userIds", drafts, d => d.UserId));
        insert.Parameters.Add(Text("rootIds", drafts, d => d.RootId));
        insert.Parameters.Add(Text("messages", drafts, d => d.Message));
        insert.Parameters.Add(Text("types", drafts, d => d.Type));
        insert.Parameters.Add(Text("props", drafts, d => d.Props.ValueKind == JsonValueKind.Object ? d.Props.GetRawText() : "{}"));
        insert.Parameters.Add(Text("hashtags", drafts, d => Hashtags.Parse(d.Message)));
        insert.Parameters.Add(Text("fileIds", drafts, d => d.FileIds.Count == 0 ? "[]" : JsonSerializer.Serialize(d.FileIds)));
        insert.Parameters.Add(Text("pendingPostIds", drafts, d => d.PendingPostId));
        insert.Parameters.Add(new NpgsqlParameter<bool[]>("requireMembership", drafts.Select(d => checkMembership && d.RequireMembership).ToArray()));
        return insert;
    }

    /// <summary>Reads the inserted posts' <c>create_at</c> by id.</summary>
    public static async Task<Dictionary<string, long>> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var createdAt = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            createdAt[reader.GetString(0)] = reader.GetInt64(1);
        }

        return createdAt;
    }

    private static NpgsqlParameter<string[]> Text(string name, IReadOnlyList<PostDraft> drafts, Func<PostDraft, string> value) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = drafts.Select(value).ToArray() };
}
