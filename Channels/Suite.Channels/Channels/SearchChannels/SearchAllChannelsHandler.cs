using System.Text.Json;
using System.Text.Json.Nodes;
using Suite.Platform.Api;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Channels.Channels.SearchChannels;

internal sealed class SearchAllChannelsHandler(ChannelStore store, ISender sender) : IRequestHandler<SearchAllChannelsRequest, AllChannelsResult>
{
    private const int UnpagedLimit = 100;

    public async Task<AllChannelsResult> Handle(SearchAllChannelsRequest request, CancellationToken cancellationToken)
    {
        var search = request.Search;
        var paged = search.Page is not null && search.PerPage is not null;
        var limit = paged ? search.PerPage!.Value : UnpagedLimit;
        var match = ChannelNameMatch.For(search.Term ?? "");
        var types = (search.Public, search.Private) switch
        {
            (true, false) => new[] { ChannelTypes.Open },
            (false, true) => [ChannelTypes.Private],
            _ => [ChannelTypes.Open, ChannelTypes.Private],
        };
        var deleted = search.Deleted ? "c.delete_at > 0" : search.IncludeDeleted ? "TRUE" : "c.delete_at = 0";
        var where = $"""
            c.type = ANY(@types) AND {deleted} AND {ChannelNameMatch.Sql("c")}
              AND (@teamIds::text[] IS NULL OR c.team_id = ANY(@teamIds)) AND NOT (@excludeDefault AND c.name = '{ChannelNames.TownSquare}')
            """;
        var parameters = new
        {
            types,
            teamIds = search.TeamIds is { Count: > 0 } ids ? ids.ToArray() : null,
            excludeDefault = search.ExcludeDefaultChannels,
            prefix = match.Prefix,
            wordPrefix = match.WordPrefix,
            offset = paged ? search.Page!.Value * limit : 0,
        };
        var channels = await store.QueryAsync(
            $"SELECT {ChannelStore.Prefixed("c", Channel.Columns)} FROM channels.channels c WHERE {where} ORDER BY c.display_name, c.id LIMIT {limit} OFFSET @offset",
            parameters,
            cancellationToken);
        var total = paged
            ? await store.ScalarAsync<long>($"SELECT count(*) FROM channels.channels c WHERE {where}", parameters, cancellationToken)
            : channels.Count;
        var teams = (await sender.Send(new GetTeamsByIdsRequest(channels.Select(c => c.TeamId).Distinct().ToList()), cancellationToken))
            .ToDictionary(t => t.Id, StringComparer.Ordinal);
        return new AllChannelsResult(channels.Select(c => WithTeam(c, teams.GetValueOrDefault(c.TeamId))).ToList(), total, paged);
    }

    /// <summary>Mattermost's <c>ChannelWithTeamData</c>: the channel's fields and its team's.</summary>
    private static JsonObject WithTeam(Channel channel, TeamResponse? team)
    {
        var json = JsonSerializer.SerializeToNode(channel, ApiJson.Options)!.AsObject();
        json["team_display_name"] = team?.DisplayName ?? "";
        json["team_name"] = team?.Name ?? "";
        json["team_update_at"] = team?.UpdateAt ?? 0;
        return json;
    }
}

internal sealed class AutocompleteMyChannelsHandler(ChannelStore store, ChannelAccess access, ISender sender) : IRequestHandler<AutocompleteMyChannelsRequest, IReadOnlyList<Channel>>
{
    public async Task<IReadOnlyList<Channel>> Handle(AutocompleteMyChannelsRequest request, CancellationToken cancellationToken)
    {
        var teamIds = (await sender.Send(new GetUserTeamsRequest(access.UserId), cancellationToken)).Select(t => t.Id).ToArray();
        var match = ChannelNameMatch.For(request.Term);
        return await store.QueryAsync(
            $"""
            SELECT {ChannelStore.Prefixed("c", Channel.Columns)} FROM channels.channels c
              LEFT JOIN channels.channel_members m ON m.channel_id = c.id AND m.user_id = @userId
             WHERE c.team_id = ANY(@teamIds) AND c.delete_at = 0 AND (c.type = 'O' OR (c.type = 'P' AND m.user_id IS NOT NULL))
               AND {ChannelNameMatch.Sql("c")}
             ORDER BY c.display_name, c.id LIMIT {AutocompleteChannels.AutocompleteChannelsHandler.Limit}
            """,
            new { userId = access.UserId, teamIds, prefix = match.Prefix, wordPrefix = match.WordPrefix },
            cancellationToken);
    }
}
