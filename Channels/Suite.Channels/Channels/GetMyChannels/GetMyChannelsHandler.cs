using Suite.Channels.Api;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetMyChannels;

internal sealed class GetMyChannelsHandler(ChannelStore store, ChannelAccess access, ICurrentUser currentUser) : IRequestHandler<GetMyChannelsRequest, IReadOnlyList<Channel>>
{
    public async Task<IReadOnlyList<Channel>> Handle(GetMyChannelsRequest request, CancellationToken cancellationToken)
    {
        var userId = Me.RequireSelf(currentUser, request.UserId);
        if (request.TeamId is not null)
        {
            await access.EnsureTeamMemberAsync(request.TeamId, cancellationToken);
        }

        return await store.QueryAsync(
            $"""
            SELECT {ChannelStore.Prefixed("c", Channel.Columns)} FROM channels.channels c
              JOIN channels.channel_members m ON m.channel_id = c.id AND m.user_id = @userId
             WHERE (@teamId::text IS NULL OR c.team_id = @teamId OR c.team_id = '') AND (c.delete_at = 0 OR (@includeDeleted AND c.delete_at > @lastDeleteAt))
             ORDER BY c.display_name, c.id
            """,
            new { userId, teamId = request.TeamId, includeDeleted = request.IncludeDeleted, lastDeleteAt = request.LastDeleteAt },
            cancellationToken);
    }
}
