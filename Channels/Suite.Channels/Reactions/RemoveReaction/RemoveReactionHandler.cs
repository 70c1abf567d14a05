using Suite.Channels.Api;
using Suite.Channels.Channels;
using Suite.Channels.Posts;
using Suite.Channels.Realtime;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Reactions.RemoveReaction;

internal sealed class RemoveReactionHandler(PostReadAccess reads, ChannelStore store, ICurrentUser currentUser, ChannelEvents events, TimeProvider time)
    : IRequestHandler<RemoveReactionRequest, Unit>
{
    public async Task<Unit> Handle(RemoveReactionRequest request, CancellationToken cancellationToken)
    {
        var userId = Me.RequireSelf(currentUser, request.UserId);
        var (post, channel) = await reads.ReadableAsync(request.PostId, includeDeleted: false, cancellationToken);
        if (channel.IsArchived)
        {
            throw new AppErrorException(403, "api.reaction.delete.archived_channel.app_error", "You cannot remove a reaction in an archived channel.");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var removed = await store.ExecuteAsync(
            """
            WITH r AS (
                DELETE FROM channels.reactions WHERE post_id = @postId AND user_id = @userId AND emoji_name = @emojiName RETURNING post_id)
            UPDATE channels.posts p SET update_at = @now,
                   has_reactions = EXISTS (SELECT 1 FROM channels.reactions x WHERE x.post_id = p.id AND NOT (x.user_id = @userId AND x.emoji_name = @emojiName))
             WHERE p.id IN (SELECT post_id FROM r)
            """,
            new { postId = post.Id, userId, request.EmojiName, now },
            cancellationToken);
        if (removed > 0)
        {
            var reaction = new Reaction { UserId = userId, PostId = post.Id, EmojiName = request.EmojiName, CreateAt = now, UpdateAt = now, ChannelId = channel.Id };
            await events.ReactionAsync("reaction_removed", reaction, channel, cancellationToken);
        }

        return Unit.Value;
    }
}
