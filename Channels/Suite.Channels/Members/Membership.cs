using Suite.Channels.Channels;
using Suite.Channels.Posts;
using Suite.Channels.Realtime;

namespace Suite.Channels.Members;

/// <summary>Adds and removes members with Mattermost's system messages and events.</summary>
internal sealed class Membership(ChannelStore store, SystemPosts systemPosts, ChannelEvents events, TimeProvider time)
{
    /// <summary>Adds the users (those already members are left as they are) and returns every requested membership.</summary>
    public async Task<IReadOnlyList<ChannelMember>> AddAsync(Channel channel, IReadOnlyList<string> userIds, string actorId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var added = await store.AddMembersAsync(channel.Id, userIds, now, cancellationToken);
        foreach (var userId in added)
        {
            if (!channel.IsDirectOrGroup)
            {
                if (userId == actorId)
                {
                    await systemPosts.JoinedAsync(channel.Id, userId, cancellationToken);
                }
                else
                {
                    await systemPosts.AddedAsync(channel.Id, actorId, userId, cancellationToken);
                }
            }

            await events.UserAddedAsync(channel, userId, cancellationToken);
        }

        return await store.MembersByIdsAsync(channel.Id, userIds, cancellationToken);
    }

    /// <summary>Removes the member; false when the user was not one.</summary>
    public async Task<bool> RemoveAsync(Channel channel, string userId, string actorId, CancellationToken cancellationToken)
    {
        if (!await store.RemoveMemberAsync(channel.Id, userId, cancellationToken))
        {
            return false;
        }

        if (!channel.IsDirectOrGroup && !channel.IsArchived)
        {
            if (userId == actorId)
            {
                await systemPosts.LeftAsync(channel.Id, userId, cancellationToken);
            }
            else
            {
                await systemPosts.RemovedAsync(channel.Id, actorId, userId, cancellationToken);
            }
        }

        await events.UserRemovedAsync(channel, userId, actorId, cancellationToken);
        return true;
    }
}
