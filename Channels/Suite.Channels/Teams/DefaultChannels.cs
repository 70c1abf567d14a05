using Suite.Channels.Channels;
using Suite.Channels.Members;

namespace Suite.Channels.Teams;

/// <summary>Mattermost's default channels: every team has Town Square and Off-Topic, and every member joins both.</summary>
internal sealed class DefaultChannels(ChannelStore store, ChannelCreation creation, Membership membership)
{
    private static readonly (string Name, string DisplayName)[] Defaults =
    [
        (ChannelNames.TownSquare, "Town Square"),
        (ChannelNames.OffTopic, "Off-Topic"),
    ];

    public async Task EnsureAsync(string teamId, string creatorId, CancellationToken cancellationToken)
    {
        foreach (var (name, displayName) in Defaults)
        {
            if (await store.FindByNameAsync(teamId, name, cancellationToken) is null)
            {
                await creation.CreateAsync(teamId, ChannelTypes.Open, name, displayName, "", "", "", cancellationToken);
            }
        }
    }

    public async Task JoinAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        await EnsureAsync(teamId, userId, cancellationToken);
        foreach (var (name, _) in Defaults)
        {
            if (await store.FindByNameAsync(teamId, name, cancellationToken) is { IsArchived: false } channel)
            {
                await membership.AddAsync(channel, [userId], userId, cancellationToken);
            }
        }
    }
}
