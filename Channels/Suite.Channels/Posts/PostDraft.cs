using System.Text.Json;

namespace Suite.Channels.Posts;

/// <summary>A post to write, already validated and authorized.</summary>
internal sealed record PostDraft
{
    public required string Id { get; init; }
    public required string ChannelId { get; init; }
    public required string UserId { get; init; }
    public string RootId { get; init; } = "";
    public string Message { get; init; } = "";
    public string Type { get; init; } = "";
    public JsonElement Props { get; init; } = PostProps.Empty;
    public IReadOnlyList<string> FileIds { get; init; } = [];
    public string PendingPostId { get; init; } = "";

    /// <summary>Posting reads the channel for its author, as in Mattermost; not for webhook and bot posts.</summary>
    public bool MarkAuthorRead { get; init; } = true;

    /// <summary>Webhook posts may mention their own author, as in Mattermost.</summary>
    public bool FromWebhook { get; init; }

    /// <summary>Whether the post makes its author show online (<c>set_online</c> in the posted event).</summary>
    public bool SetOnline { get; init; } = true;

    /// <summary>A user the post mentions whatever its text says (the user a system post adds to the channel).</summary>
    public string? ImplicitMentionUserId { get; init; }

    /// <summary>
    /// The write itself checks that the author is a member (under the channel's lock) and refuses
    /// the post otherwise; for posts whose author the caller has not checked.
    /// </summary>
    public bool RequireMembership { get; init; }

    /// <summary>
    /// The users a channel-wide mention in the message may reach (see <see cref="ChannelWideMentionAudience"/>);
    /// null when the message has none.
    /// </summary>
    public IReadOnlySet<string>? ChannelWideAudience { get; init; }

    public bool IsRoot => RootId.Length == 0;

    /// <summary>Whether the post makes the channel unread (join and leave messages do not).</summary>
    public bool CountsAsMessage => !PostTypes.IsJoinLeave(Type);
}

/// <summary>The channel as the write transaction saw it.</summary>
[GenerateSerializer, Immutable]
internal sealed record ChannelSnapshot(
    [property: Id(0)] string Id, [property: Id(1)] string Type, [property: Id(2)] string TeamId, [property: Id(3)] string Name, [property: Id(4)] string DisplayName);

/// <summary>A written post, who it mentions and who was a member when it committed.</summary>
/// <param name="Post">The post as stored.</param>
/// <param name="Created">False when the author's earlier post with the same pending id was returned instead.</param>
/// <param name="MentionedUserIds">Members whose mention count the post raised.</param>
/// <param name="Channel">The channel at commit time.</param>
/// <param name="MemberIds">The channel's members at commit time: the audience of its events.</param>
/// <param name="Usernames">Usernames of the channel's members, by id.</param>
internal sealed record PostWriteResult(
    Post Post,
    bool Created,
    IReadOnlyList<string> MentionedUserIds,
    ChannelSnapshot Channel,
    IReadOnlyCollection<string> MemberIds,
    IReadOnlyDictionary<string, string> Usernames);
