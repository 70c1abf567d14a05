using System.Text.Json.Serialization;
using Npgsql;
using Suite.Boards.Api;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Statistics;

/// <summary>
/// <c>GET /statistics</c> (Focalboard's <c>BoardsStatistics</c>): the live boards and the live cards on them, templates
/// left out; for system admins (Mattermost's <c>get_analytics</c>), 403 for others.
/// </summary>
internal sealed record GetStatisticsRequest : IRequest<BoardsStatistics>;

internal sealed record BoardsStatistics([property: JsonPropertyName("board_count")] long Boards, [property: JsonPropertyName("card_count")] long Cards);

internal sealed class GetStatisticsHandler(NpgsqlDataSource database, ICurrentUser user) : IRequestHandler<GetStatisticsRequest, BoardsStatistics>
{
    private const string Sql = """
        WITH live AS (
            SELECT b.id FROM boards.mt_doc_board b
             WHERE (b.data ->> 'deleteAt')::bigint = 0 AND NOT coalesce((b.data ->> 'isTemplate')::boolean, false))
        SELECT (SELECT count(*) FROM live),
               (SELECT count(*) FROM boards.mt_doc_block c JOIN live ON live.id = c.board_id
                 WHERE c.data ->> 'type' = 'card' AND (c.data ->> 'deleteAt')::bigint = 0
                   AND coalesce(c.data -> 'fields' ->> 'isTemplate', 'false') <> 'true')
        """;

    public async Task<BoardsStatistics> Handle(GetStatisticsRequest request, CancellationToken cancellationToken)
    {
        user.RequireUserId();
        if (!user.IsSystemAdmin)
        {
            throw BoardsErrors.Forbidden("access denied System Statistics");
        }

        await using var command = database.CreateCommand(Sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new BoardsStatistics(reader.GetInt64(0), reader.GetInt64(1));
    }
}
