using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.GetTeamChannels;

internal sealed class GetTeamChannelsHandler(ChannelStore store, ChannelAccess access) : IRequestHandler<GetTeamChannelsRequest, IReadOnlyList<Channel>>
{
    public async Task<IReadOnlyList<Channel>> Handle(GetTeamChannelsRequest request, CancellationToken cancellationToken)
    {
        await access.EnsureTeamMemberAsync(request.TeamId, cancellationToken);
        var sql = request.Archived
            ? $"""
              SELECT {Channel.Columns} FROM channels.channels c
               WHERE c.team_id = @TeamId AND c.delete_at > 0
                 AND (c.type = 'O' OR (c.type = 'P' AND EXISTS (
                      SELECT 1 FROM channels.channel_members m WHERE m.channel_id = c.id AND m.user_id = @userId)))
               ORDER BY c.display_name, c.id OFFSET @offset LIMIT @PerPage
              """
            : $"""
              SELECT {Channel.Columns} FROM channels.channels
               WHERE team_id = @TeamId AND type = 'O' AND delete_at = 0
               ORDER BY display_name, id OFFSET @offset LIMIT @PerPage
              """;
        return await store.QueryAsync(sql, new { request.TeamId, request.PerPage, offset = request.Page * request.PerPage, userId = access.UserId }, cancellationToken);
    }
}
