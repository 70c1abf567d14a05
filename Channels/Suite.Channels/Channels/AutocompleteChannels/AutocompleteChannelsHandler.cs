using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.AutocompleteChannels;

/// <summary>
/// As Mattermost: the plain autocomplete needs the team (403 otherwise); the search one answers only the
/// caller's own channels, so it needs no check.
/// </summary>
internal sealed class AutocompleteChannelsHandler(ChannelStore store, ChannelAccess access) : IRequestHandler<AutocompleteChannelsRequest, IReadOnlyList<Channel>>
{
    public const int Limit = 50;

    public async Task<IReadOnlyList<Channel>> Handle(AutocompleteChannelsRequest request, CancellationToken cancellationToken)
    {
        if (!request.ForSearch)
        {
            await access.EnsureTeamMemberAsync(request.TeamId, cancellationToken);
        }

        var match = ChannelNameMatch.For(request.Name);
        var visible = request.ForSearch
            ? "m.user_id IS NOT NULL"
            : "c.delete_at = 0 AND (c.type = 'O' OR m.user_id IS NOT NULL)";
        return await store.QueryAsync(
            $"""
            SELECT {ChannelStore.Prefixed("c", Channel.Columns)} FROM channels.channels c
              LEFT JOIN channels.channel_members m ON m.channel_id = c.id AND m.user_id = @userId
             WHERE c.team_id = @teamId AND c.type IN ('O', 'P') AND {visible} AND {ChannelNameMatch.Sql("c")}
             ORDER BY c.display_name, c.id LIMIT {Limit}
            """,
            new { userId = access.UserId, teamId = request.TeamId, prefix = match.Prefix, wordPrefix = match.WordPrefix },
            cancellationToken);
    }
}
