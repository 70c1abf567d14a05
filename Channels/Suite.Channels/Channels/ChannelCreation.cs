using Suite.Channels.Realtime;
using Suite.Platform;

namespace Suite.Channels.Channels;

/// <summary>Creates team channels, for the API and for other modules alike.</summary>
internal sealed class ChannelCreation(ChannelStore store, ChannelEvents events, TimeProvider time)
{
    /// <summary>Creates the channel with its creator as channel admin; null when the name is taken in the team.</summary>
    public async Task<Channel?> CreateAsync(
        string teamId, string type, string name, string displayName, string purpose, string header, string creatorId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var channel = new Channel
        {
            Id = Ids.New(),
            TeamId = teamId,
            Type = type,
            Name = name,
            DisplayName = displayName,
            Purpose = purpose,
            Header = header,
            CreatorId = creatorId,
            CreateAt = now,
            UpdateAt = now,
        };
        var creator = new ChannelMember { ChannelId = channel.Id, UserId = creatorId, Roles = MemberRoles.Admin, LastUpdateAt = now };
        if (!await store.InsertAsync(channel, creatorId.Length > 0 ? [creator] : [], cancellationToken))
        {
            return null;
        }

        await events.ChannelCreatedAsync(channel, creatorId, cancellationToken);
        return channel;
    }
}
