using Suite.Channels.Channels;

namespace Suite.Channels.Posts;

/// <summary>
/// A channel's members as the write path needs them for mentions. Valid for one
/// <c>member_version</c> of the channel; the write transaction compares versions under the
/// channel row's lock, so a stale copy is never used.
/// </summary>
internal sealed class ChannelMemberCache
{
    public static readonly ChannelMemberCache Empty = new(-1, []);

    public ChannelMemberCache(long version, IReadOnlyList<CachedMember> members)
    {
        Version = version;
        ById = members.ToDictionary(m => m.UserId, StringComparer.Ordinal);
        IdByUsername = members.Where(m => m.Username.Length > 0).ToDictionary(m => m.Username, m => m.UserId, StringComparer.Ordinal);
        MemberIds = [.. ById.Keys];
        Usernames = members.ToDictionary(m => m.UserId, m => m.Username);
    }

    public long Version { get; }

    public IReadOnlyDictionary<string, CachedMember> ById { get; }

    public IReadOnlyDictionary<string, string> IdByUsername { get; }

    public string[] MemberIds { get; }

    /// <summary>Usernames by id; shared by every outcome of a batch, never changed.</summary>
    public Dictionary<string, string> Usernames { get; }
}

/// <summary>One member, as far as mentions are concerned.</summary>
internal sealed record CachedMember(string UserId, string Username, bool IgnoresChannelMentions)
{
    public static CachedMember From(string userId, string username, IReadOnlyDictionary<string, string> notifyProps) =>
        new(userId, username, MemberRoles.IgnoresChannelMentions(notifyProps));
}

/// <summary>What a channel's grain keeps between batches: the members for mentions and the channel as the last commit saw it.</summary>
internal sealed record ChannelWriteState(ChannelMemberCache Members, ChannelSnapshot? Channel)
{
    public static readonly ChannelWriteState Initial = new(ChannelMemberCache.Empty, null);
}
