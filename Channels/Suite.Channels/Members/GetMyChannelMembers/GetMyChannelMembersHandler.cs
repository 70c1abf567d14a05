using Dapper;
using Suite.Channels.Api;
using Suite.Channels.Channels;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.GetMyChannelMembers;

internal sealed class GetMyChannelMembersHandler(ChannelStore store, ChannelAccess access, ICurrentUser currentUser)
    : IRequestHandler<GetMyChannelMembersRequest, IReadOnlyList<ChannelMember>>
{
    public async Task<IReadOnlyList<ChannelMember>> Handle(GetMyChannelMembersRequest request, CancellationToken cancellationToken)
    {
        var userId = Me.RequireSelf(currentUser, request.UserId);
        await access.EnsureTeamMemberAsync(request.TeamId, cancellationToken);
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ChannelMember>(new CommandDefinition(
            $"""
            SELECT {ChannelStore.Prefixed("m", ChannelMember.Columns)} FROM channels.channel_members m
              JOIN channels.channels c ON c.id = m.channel_id
             WHERE m.user_id = @userId AND (c.team_id = @teamId OR c.team_id = '')
             ORDER BY m.channel_id
            """,
            new { userId, teamId = request.TeamId },
            cancellationToken: cancellationToken))).AsList();
    }
}
