using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.SearchChannels;

internal sealed class SearchChannelsHandler(ChannelStore store, ChannelAccess access) : IRequestHandler<SearchChannelsRequest, IReadOnlyList<Channel>>
{
    private const int Limit = 100;

    public async Task<IReadOnlyList<Channel>> Handle(SearchChannelsRequest request, CancellationToken cancellationToken)
    {
        await access.EnsureTeamMemberAsync(request.TeamId, cancellationToken);
        var match = ChannelNameMatch.For(request.Term);
        return await store.QueryAsync(
            $"""
            SELECT {ChannelStore.Prefixed("c", Channel.Columns)} FROM channels.channels c
             WHERE c.team_id = @TeamId AND c.type = 'O' AND c.delete_at = 0 AND {ChannelNameMatch.Sql("c")}
             ORDER BY c.display_name, c.id LIMIT {Limit}
            """,
            new { request.TeamId, prefix = match.Prefix, wordPrefix = match.WordPrefix },
            cancellationToken);
    }
}
