using System.Text.Json;
using Dapper;
using Npgsql;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.GetEditHistory;

/// <summary>As Mattermost: only the author sees a post's history (403 for anyone else, and for a post that is gone); no history is 404.</summary>
internal sealed class GetEditHistoryHandler(PostStore posts, PostReadAccess reads, Channels.ChannelAccess access, NpgsqlDataSource db)
    : IRequestHandler<GetEditHistoryRequest, IReadOnlyList<Post>>
{
    public async Task<IReadOnlyList<Post>> Handle(GetEditHistoryRequest request, CancellationToken cancellationToken)
    {
        var post = await posts.FindAsync(request.PostId, includeDeleted: false, cancellationToken);
        if (post is null || post.UserId != access.UserId)
        {
            throw AppErrorException.Forbidden("Only the author may see a post's edit history.");
        }

        await reads.ReadableAsync(post.Id, includeDeleted: false, cancellationToken);
        List<EditedVersion> versions;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            versions = (await connection.QueryAsync<EditedVersion>(new CommandDefinition(
                """
                SELECT id, message, props, hashtags, file_ids, edit_at, replaced_at FROM channels.post_edit_history
                 WHERE original_id = @postId ORDER BY replaced_at DESC, id
                """,
                new { postId = post.Id },
                cancellationToken: cancellationToken))).AsList();
        }

        if (versions.Count == 0)
        {
            throw new AppErrorException(404, "app.post.get.app_error", "Unable to get the post's edit history.");
        }

        return versions.Select(v => post with
        {
            Id = v.Id,
            OriginalId = post.Id,
            Message = v.Message,
            Props = v.Props,
            Hashtags = v.Hashtags,
            FileIds = v.FileIds,
            EditAt = v.EditAt,
            UpdateAt = v.ReplacedAt,
            DeleteAt = v.ReplacedAt,
            HasReactions = false,
            Metadata = PostMetadata.Empty,
        }).ToList();
    }

    private sealed record EditedVersion
    {
        public string Id { get; init; } = "";
        public string Message { get; init; } = "";
        public JsonElement Props { get; init; } = PostProps.Empty;
        public string Hashtags { get; init; } = "";
        public List<string> FileIds { get; init; } = [];
        public long EditAt { get; init; }
        public long ReplacedAt { get; init; }
    }
}
