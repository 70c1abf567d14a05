using Dapper;
using Npgsql;
using Suite.Platform.Identity;
using Suite.Platform.Presence;

namespace Suite.Channels.Posts;

/// <summary>
/// Who a channel-wide mention may reach, found before the post queues for its channel's write: as in
/// Mattermost, <c>@channel</c> and <c>@all</c> reach the members whose own <c>notify_props.channel</c>
/// is <c>"true"</c>, and <c>@here</c> alone only those of them who are online. The write then keeps
/// the ones still members that do not ignore channel mentions in this channel.
/// </summary>
internal sealed class ChannelWideMentionAudience(NpgsqlDataSource db, INotificationRecipients users, IPresence presence)
{
    private const string ChannelMentionsProp = "channel";

    public async Task<PostDraft> ResolveAsync(PostDraft draft, CancellationToken cancellationToken = default)
    {
        if (draft.Type is PostTypes.HeaderChange or PostTypes.PurposeChange)
        {
            return draft;
        }

        var parsed = MentionParser.Parse(draft.Message, static _ => false);
        if (!parsed.ChannelWide)
        {
            return draft;
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var memberIds = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT user_id FROM channels.channel_members WHERE channel_id = @channelId",
            new { channelId = draft.ChannelId },
            cancellationToken: cancellationToken))).AsList();
        var accepting = (await users.FindAsync(memberIds, cancellationToken))
            .Where(u => u.NotifyProps.GetValueOrDefault(ChannelMentionsProp, "true") == "true")
            .Select(u => u.Id)
            .ToList();
        if (!parsed.Channel && !parsed.All)
        {
            accepting = (await presence.GetStatusesAsync(accepting, cancellationToken))
                .Where(s => s.Status == UserStatuses.Online)
                .Select(s => s.UserId)
                .ToList();
        }

        return draft with { ChannelWideAudience = accepting.ToHashSet(StringComparer.Ordinal) };
    }
}
