using System.Text.Json;
using Suite.Channels.Channels;
using Suite.Channels.Posts;
using Suite.Channels.Reactions;
using Suite.Platform.Api;
using Suite.Platform.Realtime;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Channels.Realtime;

/// <summary>
/// The WebSocket events Channels publishes, in Mattermost's shapes: objects Mattermost sends as
/// JSON strings (<c>post</c>, <c>reaction</c>, <c>channel</c>, <c>channelMember</c>) are strings here
/// too. A channel's events reach its members only; a channel's creation reaches its creator, and a
/// public channel's archiving its team.
/// </summary>
internal sealed class ChannelEvents(IServiceProvider services, ChannelStore store)
{
    // Absent only in hosts built without the realtime hub (the events then have no one to reach).
    private readonly IRealtimePublisher _publisher = services.GetService<IRealtimePublisher>() ?? NoPublisher.Instance;

    public ValueTask PostedAsync(PostWriteResult result, CancellationToken cancellationToken)
    {
        var post = result.Post;
        var channel = result.Channel;
        var senderName = SenderName(post, channel.Type, result.Usernames.GetValueOrDefault(post.UserId, ""));
        var data = new Dictionary<string, object?>
        {
            ["post"] = Json(post),
            ["channel_type"] = channel.Type,
            ["channel_display_name"] = channel.Type == ChannelTypes.Direct ? senderName : channel.DisplayName,
            ["channel_name"] = channel.Name,
            ["sender_name"] = senderName,
            ["team_id"] = channel.TeamId,
            ["set_online"] = !PostTypes.IsSystem(post.Type) && !PostProps.IsTrue(post.Props, "from_webhook"),
        };
        if (post.FileIds.Count > 0)
        {
            data["otherFile"] = "true";
            if (post.Metadata.Files?.Any(f => f.MimeType.StartsWith("image/", StringComparison.OrdinalIgnoreCase)) == true)
            {
                data["image"] = "true";
            }
        }

        var perUser = result.MentionedUserIds.Count == 0
            ? null
            : result.MentionedUserIds.ToDictionary(
                id => id,
                id => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["mentions"] = JsonSerializer.Serialize(new[] { id }) });
        return _publisher.PublishAsync(
            new RealtimeEvent("posted", data, Broadcast.ToChannel(channel.Id, result.MemberIds) with { TeamId = "" }) { PerUserData = perUser },
            cancellationToken);
    }

    public ValueTask PostEditedAsync(Post post, Channel channel, CancellationToken cancellationToken) =>
        ToMembersAsync("post_edited", new Dictionary<string, object?> { ["post"] = Json(post) }, channel, cancellationToken);

    /// <summary>As Mattermost: every member gets the post; system admins among them also get <c>delete_by</c>, who deleted it.</summary>
    public async ValueTask PostDeletedAsync(Post post, Channel channel, string deletedBy, CancellationToken cancellationToken)
    {
        var (members, admins) = await store.MemberIdsWithSystemAdminsAsync(channel.Id, cancellationToken);
        IReadOnlyDictionary<string, object?> adminData = new Dictionary<string, object?> { ["delete_by"] = deletedBy };
        await _publisher.PublishAsync(
            new RealtimeEvent(
                "post_deleted",
                new Dictionary<string, object?> { ["post"] = Json(post) },
                Broadcast.ToChannel(channel.Id, members) with { TeamId = channel.TeamId })
            {
                PerUserData = admins.Count == 0 ? null : admins.ToDictionary(id => id, _ => adminData, StringComparer.Ordinal),
            },
            cancellationToken);
    }

    public ValueTask ReactionAsync(string eventName, Reaction reaction, Channel channel, CancellationToken cancellationToken) =>
        ToMembersAsync(eventName, new Dictionary<string, object?> { ["reaction"] = Json(reaction) }, channel, cancellationToken);

    /// <summary>As Mattermost: only the creator's clients hear of a new channel; others learn of it when they join or are added.</summary>
    public ValueTask ChannelCreatedAsync(Channel channel, string creatorId, CancellationToken cancellationToken) =>
        _publisher.PublishAsync(
            "channel_created",
            new Dictionary<string, object?> { ["channel_id"] = channel.Id, ["team_id"] = channel.TeamId },
            Broadcast.ToUser(creatorId),
            cancellationToken);

    /// <summary>Mattermost's <c>direct_added</c>: both users of a new direct channel hear of it.</summary>
    public ValueTask DirectAddedAsync(Channel channel, string creatorId, string teammateId, CancellationToken cancellationToken) =>
        ToMembersAsync("direct_added", new Dictionary<string, object?> { ["creator_id"] = creatorId, ["teammate_id"] = teammateId }, channel, cancellationToken);

    /// <summary>Mattermost's <c>group_added</c>: every member of a new group channel hears of it, with the members' ids as a JSON string.</summary>
    public ValueTask GroupAddedAsync(Channel channel, IReadOnlyList<string> memberIds, CancellationToken cancellationToken) =>
        ToMembersAsync("group_added", new Dictionary<string, object?> { ["teammate_ids"] = JsonSerializer.Serialize(memberIds) }, channel, cancellationToken);

    public ValueTask ChannelUpdatedAsync(Channel channel, CancellationToken cancellationToken) =>
        ToMembersAsync("channel_updated", new Dictionary<string, object?> { ["channel"] = Json(channel) }, channel, cancellationToken);

    /// <summary>Mattermost's <c>channel_converted</c>: the whole team learns a channel changed privacy.</summary>
    public ValueTask ChannelConvertedAsync(Channel channel, CancellationToken cancellationToken) =>
        _publisher.PublishAsync("channel_converted", new Dictionary<string, object?> { ["channel_id"] = channel.Id }, Broadcast.ToTeam(channel.TeamId), cancellationToken);

    public async ValueTask ChannelDeletedAsync(Channel channel, CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, object?> { ["channel_id"] = channel.Id, ["delete_at"] = channel.DeleteAt };
        if (channel.Type == ChannelTypes.Open)
        {
            await _publisher.PublishAsync("channel_deleted", data, Broadcast.ToTeam(channel.TeamId), cancellationToken);
        }
        else
        {
            await ToMembersAsync("channel_deleted", data, channel, cancellationToken);
        }
    }

    public ValueTask UserAddedAsync(Channel channel, string userId, CancellationToken cancellationToken) =>
        ToMembersAsync("user_added", new Dictionary<string, object?> { ["user_id"] = userId, ["team_id"] = channel.TeamId }, channel, cancellationToken);

    /// <summary>The remaining members learn who left; the removed user learns which channel.</summary>
    public async ValueTask UserRemovedAsync(Channel channel, string userId, string removerId, CancellationToken cancellationToken)
    {
        await ToMembersAsync("user_removed", new Dictionary<string, object?> { ["user_id"] = userId, ["remover_id"] = removerId }, channel, cancellationToken);
        await _publisher.PublishAsync(
            "user_removed",
            new Dictionary<string, object?> { ["channel_id"] = channel.Id, ["remover_id"] = removerId },
            Broadcast.ToUser(userId),
            cancellationToken);
    }

    public ValueTask MemberUpdatedAsync(ChannelMember member, CancellationToken cancellationToken) =>
        _publisher.PublishAsync("channel_member_updated", new Dictionary<string, object?> { ["channelMember"] = Json(member) }, Broadcast.ToUser(member.UserId), cancellationToken);

    /// <summary>Mattermost's <c>post_unread</c>: the member's clients learn the channel is unread again from a post on.</summary>
    public ValueTask PostUnreadAsync(Members.SetChannelUnread.ChannelUnreadAt unread, string postId, CancellationToken cancellationToken) =>
        _publisher.PublishAsync(
            "post_unread",
            new Dictionary<string, object?>
            {
                ["msg_count"] = unread.MsgCount,
                ["msg_count_root"] = unread.MsgCountRoot,
                ["mention_count"] = unread.MentionCount,
                ["mention_count_root"] = unread.MentionCountRoot,
                ["urgent_mention_count"] = unread.UrgentMentionCount,
                ["last_viewed_at"] = unread.LastViewedAt,
                ["post_id"] = postId,
            },
            Broadcast.ToUser(unread.UserId) with { ChannelId = unread.ChannelId, TeamId = unread.TeamId },
            cancellationToken);

    public ValueTask ChannelsViewedAsync(string userId, IReadOnlyDictionary<string, long> times, CancellationToken cancellationToken) =>
        _publisher.PublishAsync("multiple_channels_viewed", new Dictionary<string, object?> { ["channel_times"] = times }, Broadcast.ToUser(userId), cancellationToken);

    public async ValueTask TypingAsync(string channelId, string userId, string parentId, CancellationToken cancellationToken)
    {
        var members = await store.MemberIdsAsync(channelId, cancellationToken);
        await _publisher.PublishAsync(
            "typing",
            new Dictionary<string, object?> { ["parent_id"] = parentId, ["user_id"] = userId },
            Broadcast.ToChannel(channelId, members) with { OmitUsers = [userId] },
            cancellationToken);
    }

    /// <summary>Mattermost's sender name: <c>@username</c>, the override of a webhook post, or "System" for system messages.</summary>
    private static string SenderName(Post post, string channelType, string username)
    {
        if (PostTypes.IsSystem(post.Type))
        {
            return "System";
        }

        if (channelType != ChannelTypes.Direct && PostProps.IsTrue(post.Props, "from_webhook") && PostProps.String(post.Props, "override_username") is { Length: > 0 } name)
        {
            return name;
        }

        return "@" + username;
    }

    private async ValueTask ToMembersAsync(string eventName, Dictionary<string, object?> data, Channel channel, CancellationToken cancellationToken)
    {
        var members = await store.MemberIdsAsync(channel.Id, cancellationToken);
        await _publisher.PublishAsync(eventName, data, Broadcast.ToChannel(channel.Id, members) with { TeamId = channel.TeamId }, cancellationToken);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ApiJson.Options);


    private sealed class NoPublisher : IRealtimePublisher
    {
        public static readonly NoPublisher Instance = new();

        public ValueTask PublishAsync(RealtimeEvent realtimeEvent, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
