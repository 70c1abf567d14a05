using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.SearchChannels;

internal sealed class SearchChannelsHandler(ChannelStore store, ChannelAccess access) : IRequestHandler<SearchChannelsRequest, IReadOnlyList<Channel>>
{
    private const int Limit = 100;

    public async Task<IReadOnlyList<Channel>> Handle(SearchChannelsRequest request, CancellationToken cancellationToken)
    {
        await access.EnsureTeamMemberAsync(request.TeamId, cancellationToken);
        var term = request.Term.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        return await store.QueryAsync(
            $"""
            SELECT {Channel.Columns} FROM channels.channels
             WHERE team_id = @TeamId AND type = 'O' AND delete_at = 0
               AND (name LIKE @prefix OR lower(display_name) LIKE @prefix OR lower(display_name) LIKE @wordPrefix)
             ORDER BY display_name, id LIMIT {Limit}
            """,
            new { request.TeamId, prefix = term + "%", wordPrefix = "% " + term + "%" },
            cancellationToken);
    }
}
