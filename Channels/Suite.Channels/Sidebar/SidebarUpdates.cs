using Suite.Channels.Channels;
using Suite.Channels.Realtime;

namespace Suite.Channels.Sidebar;

/// <summary>
/// Applies category updates as Mattermost does: channels the user does not belong to are dropped,
/// the change is announced, and channels follow their category's mute (a category muted or unmuted,
/// or a channel moved between a muted and an unmuted one, changes the channel's <c>mark_unread</c>).
/// </summary>
internal sealed class SidebarUpdates(SidebarStore store, SidebarEvents events, ChannelStore channels, ChannelEvents channelEvents, TimeProvider time)
{
    public async Task<IReadOnlyList<SidebarCategory>> ApplyAsync(string userId, string teamId, IReadOnlyList<SidebarCategory> requested, CancellationToken cancellationToken)
    {
        var placeable = await store.PlaceableChannelIdsAsync(userId, teamId, cancellationToken);
        var filtered = requested.Select(c => c with { ChannelIds = c.ChannelIds.Where(placeable.Contains).Distinct().ToList() }).ToList();
        var result = await store.UpdateAsync(userId, teamId, filtered, cancellationToken)
            ?? throw SidebarErrors.InvalidCategory("A category is not one of this user's categories in this team.");

        await events.UpdatedAsync(userId, teamId, result.After, cancellationToken);
        await FollowMuteAsync(userId, result.Before, result.After, cancellationToken);
        return result.After;
    }

    private async Task FollowMuteAsync(string userId, IReadOnlyList<SidebarCategory> before, IReadOnlyList<SidebarCategory> after, CancellationToken cancellationToken)
    {
        var mute = new HashSet<string>(StringComparer.Ordinal);
        var unmute = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (old, now) in before.Zip(after))
        {
            if (now.Muted && !old.Muted)
            {
                mute.UnionWith(now.ChannelIds);
            }
            else if (!now.Muted && old.Muted)
            {
                unmute.UnionWith(now.ChannelIds);
            }
        }

        var wasIn = before.SelectMany(c => c.ChannelIds.Select(id => (Channel: id, Category: c))).GroupBy(p => p.Channel).ToDictionary(g => g.Key, g => g.First().Category);
        foreach (var category in after)
        {
            foreach (var channelId in category.ChannelIds)
            {
                if (wasIn.TryGetValue(channelId, out var from) && from.Id != category.Id && from.Muted != category.Muted)
                {
                    (category.Muted ? mute : unmute).Add(channelId);
                }
            }
        }

        var changedAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        var changed = (await store.SetMutedAsync(userId, mute, muted: true, changedAt, cancellationToken))
            .Concat(await store.SetMutedAsync(userId, unmute.Except(mute).ToList(), muted: false, changedAt, cancellationToken));
        foreach (var channelId in changed)
        {
            if (await channels.FindMemberAsync(channelId, userId, cancellationToken) is { } member)
            {
                await channelEvents.MemberUpdatedAsync(member, cancellationToken);
            }
        }
    }
}
