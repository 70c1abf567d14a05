using Suite.Channels.Channels;
using Suite.Channels.Posts;
using Suite.Channels.Reactions;

namespace Suite.Channels.Realtime;

/// <summary>The WebSocket events Channels publishes, in Mattermost's shapes and audiences.</summary>
#pragma warning disable CA1822 // Instance members: the realtime publisher is injected here once the realtime branch lands.
internal sealed class ChannelEvents
{
    public ValueTask PostedAsync(PostWriteResult result, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask PostEditedAsync(Post post, Channel channel, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask PostDeletedAsync(Post post, Channel channel, string deletedBy, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ReactionAsync(string eventName, Reaction reaction, Channel channel, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ChannelCreatedAsync(Channel channel, string creatorId, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ChannelUpdatedAsync(Channel channel, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ChannelDeletedAsync(Channel channel, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask UserAddedAsync(Channel channel, string userId, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask UserRemovedAsync(Channel channel, string userId, string removerId, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask MemberUpdatedAsync(ChannelMember member, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ChannelsViewedAsync(string userId, IReadOnlyDictionary<string, long> times, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
#pragma warning restore CA1822
