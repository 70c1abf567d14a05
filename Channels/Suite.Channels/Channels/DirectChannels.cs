using Suite.Channels.Realtime;
using Suite.Platform;

namespace Suite.Channels.Channels;

/// <summary>The one direct message channel of two users (or of a user with themselves), created on first use.</summary>
internal sealed class DirectChannels(ChannelStore store, ChannelEvents events, TimeProvider time)
{
    /// <summary>The channel of <paramref name="a"/> and <paramref name="b"/>, who must both exist; <paramref name="creatorId"/> is one of them.</summary>
    public async Task<Channel> GetOrCreateAsync(string a, string b, string creatorId, CancellationToken cancellationToken)
    {
        var name = ChannelNames.Direct(a, b);
        if (await store.FindByNameAsync("", name, cancellationToken) is { } existing)
        {
            return existing;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var channel = new Channel { Id = Ids.New(), Type = ChannelTypes.Direct, Name = name, CreatorId = creatorId, CreateAt = now, UpdateAt = now };
        var members = new[] { a, b }.Distinct().Select(id => new ChannelMember { ChannelId = channel.Id, UserId = id, LastUpdateAt = now });
        if (!await store.InsertAsync(channel, members, cancellationToken))
        {
            return await store.FindByNameAsync("", name, cancellationToken) ?? throw ChannelErrors.NotFound();
        }

        await events.DirectAddedAsync(channel, creatorId, creatorId == a ? b : a, cancellationToken);
        return channel;
    }
}
