using Dapper;
using Suite.Channels.Api;
using Suite.Channels.Channels;
using Suite.Channels.Posts;
using Suite.Channels.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.SetChannelUnread;

/// <summary>
/// As Mattermost's <c>MarkChannelAsUnreadFromPost</c>: the member's last view moves to just before the
/// post; the posts from it on count again as unread, and those that mention the member (by name, by a
/// channel-wide mention they do not ignore, every post of others in a direct or group channel) as
/// mentions. The member's clients hear <c>post_unread</c>.
/// </summary>
internal sealed class SetChannelUnreadHandler(
    PostReadAccess reads, ChannelStore store, ICurrentUser currentUser, IUserDirectory users, ChannelEvents events, TimeProvider time)
    : IRequestHandler<SetChannelUnreadRequest, ChannelUnreadAt>
{
    public async Task<ChannelUnreadAt> Handle(SetChannelUnreadRequest request, CancellationToken cancellationToken)
    {
        var userId = Me.RequireSelf(currentUser, request.UserId);
        var (post, channel) = await reads.ReadableAsync(request.PostId, includeDeleted: false, cancellationToken);
        var member = await store.FindMemberAsync(channel.Id, userId, cancellationToken) ?? throw ChannelErrors.MemberNotFound();
        var found = await users.FindByIdsAsync([userId], cancellationToken);
        var username = found.Count == 0 ? "" : found[0].Username;

        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        var unread = (await connection.QueryAsync<UnreadPost>(new CommandDefinition(
            """
            SELECT user_id, root_id, type, message FROM channels.posts
             WHERE channel_id = @channelId AND create_at >= @createAt AND delete_at = 0
            """,
            new { channelId = channel.Id, createAt = post.CreateAt },
            cancellationToken: cancellationToken))).AsList();
        var counted = unread.Where(p => !PostTypes.IsJoinLeave(p.Type)).ToList();
        var mentions = counted.Where(p => Mentions(p, channel, userId, username, member)).ToList();
        var lastViewedAt = post.CreateAt - 1;
        var updated = await connection.QuerySingleAsync<ChannelMember>(new CommandDefinition(
            $"""
            UPDATE channels.channel_members m
               SET last_viewed_at = @lastViewedAt, msg_count = GREATEST(c.total_msg_count - @unread, 0),
                   msg_count_root = GREATEST(c.total_msg_count_root - @unreadRoot, 0),
                   mention_count = @mentions, mention_count_root = @mentionsRoot, urgent_mention_count = 0, last_update_at = @now
              FROM channels.channels c
             WHERE c.id = m.channel_id AND m.channel_id = @channelId AND m.user_id = @userId
            RETURNING {ChannelStore.Prefixed("m", ChannelMember.Columns)}
            """,
            new
            {
                channelId = channel.Id,
                userId,
                lastViewedAt,
                unread = counted.Count,
                unreadRoot = counted.Count(p => p.RootId.Length == 0),
                mentions = mentions.Count,
                mentionsRoot = mentions.Count(p => p.RootId.Length == 0),
                now = time.GetUtcNow().ToUnixTimeMilliseconds(),
            },
            cancellationToken: cancellationToken));

        var answer = new ChannelUnreadAt
        {
            TeamId = channel.TeamId,
            UserId = userId,
            ChannelId = channel.Id,
            MsgCount = updated.MsgCount,
            MsgCountRoot = updated.MsgCountRoot,
            MentionCount = updated.MentionCount,
            MentionCountRoot = updated.MentionCountRoot,
            UrgentMentionCount = updated.UrgentMentionCount,
            LastViewedAt = updated.LastViewedAt,
            NotifyProps = updated.NotifyProps,
        };
        await events.PostUnreadAsync(answer, post.Id, cancellationToken);
        return answer;
    }

    private static bool Mentions(UnreadPost post, Channel channel, string userId, string username, ChannelMember member)
    {
        if (post.UserId == userId)
        {
            return false;
        }

        if (channel.IsDirectOrGroup)
        {
            return true;
        }

        var parsed = MentionParser.Parse(post.Message, name => name == username);
        return parsed.Usernames.Contains(username)
            || (parsed.ChannelWide && !MemberRoles.IgnoresChannelMentions(member.NotifyProps)
                && post.Type is not (PostTypes.HeaderChange or PostTypes.PurposeChange));
    }

    private sealed record UnreadPost
    {
        public string UserId { get; init; } = "";
        public string RootId { get; init; } = "";
        public string Type { get; init; } = "";
        public string Message { get; init; } = "";
    }
}
