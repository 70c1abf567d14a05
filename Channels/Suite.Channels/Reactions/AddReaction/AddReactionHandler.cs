using Suite.Channels.Channels;
using Suite.Channels.Posts;
using Suite.Channels.Realtime;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Reactions.AddReaction;

internal sealed class AddReactionHandler(PostReadAccess reads, ChannelStore store, ChannelAccess access, ChannelEvents events, TimeProvider time)
    : IRequestHandler<AddReactionRequest, Reaction>
{
    public async Task<Reaction> Handle(AddReactionRequest request, CancellationToken cancellationToken)
    {
        if (request.UserId != access.UserId)
        {
            throw AppErrorException.Forbidden("Users react only as themselves.");
        }

        var (post, channel) = await reads.ReadableAsync(request.PostId, includeDeleted: false, cancellationToken);
        if (!await store.IsMemberAsync(channel.Id, request.UserId, cancellationToken))
        {
            throw AppErrorException.Forbidden("Only members of the channel may react.");
        }

        if (channel.IsArchived)
        {
            throw new AppErrorException(403, "api.reaction.save.archived_channel.app_error", "You cannot react to a post in an archived channel.");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await store.ExecuteAsync(
            """
            WITH r AS (
                INSERT INTO channels.reactions (post_id, user_id, emoji_name, channel_id, create_at) VALUES (@postId, @userId, @emojiName, @channelId, @now)
                ON CONFLICT DO NOTHING RETURNING post_id)
            UPDATE channels.posts SET has_reactions = true, update_at = @now WHERE id IN (SELECT post_id FROM r)
            """,
            new { postId = post.Id, request.UserId, request.EmojiName, channelId = channel.Id, now },
            cancellationToken);
        var reaction = new Reaction { UserId = request.UserId, PostId = post.Id, EmojiName = request.EmojiName, CreateAt = now, UpdateAt = now, ChannelId = channel.Id };
        await events.ReactionAsync("reaction_added", reaction, channel, cancellationToken);
        return reaction;
    }
}
