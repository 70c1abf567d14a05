using System.Text.Json;
using Suite.Channels.Realtime;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.EditPost;

internal sealed class EditPostHandler(PostReadAccess reads, PostStore posts, Channels.ChannelStore store, Channels.ChannelAccess access, ChannelEvents events, TimeProvider time)
    : IRequestHandler<EditPostRequest, Post>
{
    public async Task<Post> Handle(EditPostRequest request, CancellationToken cancellationToken)
    {
        var (post, channel) = await reads.ReadableAsync(request.PostId, includeDeleted: false, cancellationToken);
        if (post.UserId != access.UserId)
        {
            throw AppErrorException.Forbidden("Only the author may edit a post.");
        }

        if (channel.IsArchived)
        {
            throw new AppErrorException(400, "api.post.update_post.can_not_update_post_in_deleted.error", "Can not update a post in an archived channel.");
        }

        if (PostTypes.IsSystem(post.Type))
        {
            throw new AppErrorException(400, "api.post.update_post.system_message.app_error", "Unable to update a system message.");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var message = request.Message;
        var edited = message is not null && message != post.Message;
        var props = request.Props is { ValueKind: JsonValueKind.Object } p ? p.GetRawText() : null;
        await store.ExecuteAsync(
            $"""
            WITH replaced AS (
                INSERT INTO channels.post_edit_history (id, original_id, message, props, hashtags, file_ids, edit_at, replaced_at)
                SELECT @historyId, id, message, props, hashtags, file_ids, edit_at, @now FROM channels.posts
                 WHERE id = @id AND delete_at = 0 AND @edited)
            UPDATE channels.posts SET message = COALESCE(@message, message), hashtags = COALESCE(@hashtags, hashtags),
                   {PostSearchDocument.Assignments("COALESCE(@message, message)", "COALESCE(@hashtags, hashtags)")},
                   props = COALESCE(@props::jsonb, props), file_ids = COALESCE(@fileIds::jsonb, file_ids),
                   edit_at = CASE WHEN @edited THEN @now ELSE edit_at END, update_at = @now
             WHERE id = @id AND delete_at = 0
            """,
            new
            {
                id = post.Id,
                historyId = Ids.New(),
                message,
                hashtags = message is null ? null : Hashtags.Parse(message),
                props,
                fileIds = request.FileIds is null ? null : JsonSerializer.Serialize(request.FileIds),
                edited,
                now,
            },
            cancellationToken);
        var updated = await posts.FindAsync(post.Id, includeDeleted: false, cancellationToken) ?? throw PostErrors.NotFound();
        await events.PostEditedAsync(updated, channel, cancellationToken);
        return updated;
    }
}
