using Dapper;
using Npgsql;

namespace Suite.Channels.Files;

/// <summary>The <c>channels.file_infos</c> rows: new uploads, attachment to posts, and reads with the reader's right to them.</summary>
internal sealed class FileStore(NpgsqlDataSource db)
{
    public async Task InsertAsync(IReadOnlyList<FileRecord> files, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var file in files)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO channels.file_infos (id, creator_id, post_id, channel_id, name, extension, size, mime_type, path, create_at, update_at)
                VALUES (@Id, @CreatorId, '', @ChannelId, @Name, @Extension, @Size, @MimeType, @Path, @CreateAt, @UpdateAt)
                """,
                file,
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The file, when <paramref name="userId"/> may read it: a member of the channel it was uploaded
    /// to, which is also the channel of the post it is attached to. Files of deleted posts are gone.
    /// </summary>
    public async Task<(FileRecord? File, bool Readable)> FindAsync(string fileId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<FileRecord, bool, (FileRecord, bool)>(
            new CommandDefinition(
                $"""
                SELECT {FileRecord.Columns}, (m.user_id IS NOT NULL) AS readable
                  FROM channels.file_infos f
                  LEFT JOIN channels.channel_members m ON m.channel_id = f.channel_id AND m.user_id = @userId
                 WHERE f.id = @fileId AND f.delete_at = 0
                   AND NOT EXISTS (SELECT 1 FROM channels.posts p WHERE f.post_id <> '' AND p.id = f.post_id AND p.delete_at <> 0)
                """,
                new { fileId, userId },
                cancellationToken: cancellationToken),
            (file, readable) => (file, readable),
            splitOn: "readable");
        var row = rows.FirstOrDefault();
        return (row.Item1, row.Item2);
    }

    /// <summary>The undeleted files attached to the posts, oldest first.</summary>
    public async Task<IReadOnlyList<FileRecord>> ForPostsAsync(IReadOnlyCollection<string> postIds, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<FileRecord>(new CommandDefinition(
            $"SELECT {FileRecord.Columns} FROM channels.file_infos f WHERE f.post_id = ANY(@postIds) AND f.delete_at = 0 ORDER BY f.create_at, f.id",
            new { postIds = postIds.ToArray() },
            cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>
    /// Of <paramref name="fileIds"/>, in their order, those a new post by <paramref name="userId"/> in
    /// the channel may take: the user's own uploads to that channel, not yet attached. Mattermost
    /// drops the others from the post.
    /// </summary>
    public async Task<IReadOnlyList<string>> AttachableAsync(string channelId, string userId, IReadOnlyList<string> fileIds, CancellationToken cancellationToken)
    {
        if (fileIds.Count == 0)
        {
            return [];
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var attachable = (await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT id FROM channels.file_infos
             WHERE id = ANY(@fileIds) AND channel_id = @channelId AND creator_id = @userId AND post_id = '' AND delete_at = 0
            """,
            new { fileIds = fileIds.ToArray(), channelId, userId },
            cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);
        return fileIds.Where(attachable.Contains).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Attaches posts' files inside the transaction that writes the posts, so a post and its files
    /// commit together. The same conditions as <see cref="AttachableAsync"/> hold; a file another
    /// post took in the meantime stays with that post.
    /// </summary>
    public static async Task AttachAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string channelId, IEnumerable<(string PostId, string UserId, IReadOnlyList<string> FileIds)> posts, long now, CancellationToken cancellationToken)
    {
        var rows = posts.SelectMany(p => p.FileIds.Select(f => (FileId: f, p.PostId, p.UserId))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE channels.file_infos f SET post_id = v.post_id, update_at = @now
              FROM unnest(@fileIds, @postIds, @userIds) AS v(file_id, post_id, user_id)
             WHERE f.id = v.file_id AND f.channel_id = @channelId AND f.creator_id = v.user_id AND f.post_id = '' AND f.delete_at = 0
            """,
            new
            {
                fileIds = rows.Select(r => r.FileId).ToArray(),
                postIds = rows.Select(r => r.PostId).ToArray(),
                userIds = rows.Select(r => r.UserId).ToArray(),
                channelId,
                now,
            },
            transaction,
            cancellationToken: cancellationToken));
    }
}
