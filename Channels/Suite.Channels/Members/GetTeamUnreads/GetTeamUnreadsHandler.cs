using Dapper;
using Suite.Channels.Api;
using Suite.Channels.Channels;
using Suite.Channels.Threads;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.GetTeamUnreads;

internal sealed class GetTeamUnreadsHandler(ChannelStore store, ThreadStore threads, ICurrentUser currentUser) : IRequestHandler<GetTeamUnreadsRequest, IReadOnlyList<TeamUnread>>
{
    public async Task<IReadOnlyList<TeamUnread>> Handle(GetTeamUnreadsRequest request, CancellationToken cancellationToken)
    {
        var userId = Me.RequireSelf(currentUser, request.UserId);
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);

        // As Mattermost: a muted channel adds its mentions but not its unread messages.
        var unreads = (await connection.QueryAsync<TeamUnread>(new CommandDefinition(
            """
            SELECT c.team_id,
                   COALESCE(sum(CASE WHEN m.notify_props->>'mark_unread' = 'mention' THEN 0 ELSE c.total_msg_count - m.msg_count END), 0) AS msg_count,
                   COALESCE(sum(CASE WHEN m.notify_props->>'mark_unread' = 'mention' THEN 0 ELSE c.total_msg_count_root - m.msg_count_root END), 0) AS msg_count_root,
                   COALESCE(sum(m.mention_count), 0) AS mention_count,
                   COALESCE(sum(m.mention_count_root), 0) AS mention_count_root
              FROM channels.channel_members m JOIN channels.channels c ON c.id = m.channel_id
             WHERE m.user_id = @userId AND c.team_id <> '' AND c.delete_at = 0
             GROUP BY c.team_id ORDER BY c.team_id
            """,
            new { userId },
            cancellationToken: cancellationToken))).AsList();
        if (!request.IncludeCollapsedThreads)
        {
            return unreads;
        }

        var totals = await threads.TeamTotalsAsync(userId, cancellationToken);
        return unreads.Select(u => totals.TryGetValue(u.TeamId, out var t) ? u with { ThreadCount = t.Threads, ThreadMentionCount = t.Mentions } : u).ToList();
    }
}
