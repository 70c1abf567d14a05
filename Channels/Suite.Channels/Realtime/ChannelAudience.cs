using Suite.Channels.Channels;
using Suite.Platform.Realtime;

namespace Suite.Channels.Realtime;

/// <summary>Resolves <c>channel_id</c> broadcasts to the channel's current members, from PostgreSQL.</summary>
internal sealed class ChannelAudience(ChannelStore store) : IChannelAudience
{
    public async ValueTask<IReadOnlyCollection<string>> GetMemberIdsAsync(string channelId, CancellationToken cancellationToken) =>
        await store.MemberIdsAsync(channelId, cancellationToken);
}
