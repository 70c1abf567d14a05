using System.Text.Json;
using Npgsql;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Platform.Identity;
using Suite.Platform.Licensing;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.Compliance;

/// <summary><c>GET /admin/boards</c>: every live board (of <c>team_id</c> when given), by id, a page at a time.</summary>
internal sealed record GetBoardsForComplianceRequest(ComplianceQuery Query) : IRequest<CompliancePage<Board>>;

/// <summary><c>GET /admin/boards_history</c>: boards changed after <c>modified_since</c>, with when their blocks were first and last changed.</summary>
internal sealed record GetBoardsHistoryRequest(ComplianceQuery Query) : IRequest<CompliancePage<BoardHistory>>;

/// <summary><c>GET /admin/blocks_history</c>: blocks changed after <c>modified_since</c> (of <c>team_id</c>, <c>board_id</c> when given).</summary>
internal sealed record GetBlocksHistoryRequest(ComplianceQuery Query) : IRequest<CompliancePage<BlockHistory>>;

/// <summary>
/// Focalboard's compliance export (<c>server/api/compliance.go</c>): for system admins only (401 for others, in
/// Focalboard's words), then only with the Enterprise <c>compliance</c> feature (the Suite's gate refusal, 403).
/// Without block history, "first" and "last" are a block's creation and its latest change, and a board's are
/// those of its blocks.
/// </summary>
internal sealed class ComplianceHandlers(NpgsqlDataSource database, IFeatureGate gate, ITeamDirectory teams, BoardStore store, ICurrentUser user)
    : IRequestHandler<GetBoardsForComplianceRequest, CompliancePage<Board>>,
      IRequestHandler<GetBoardsHistoryRequest, CompliancePage<BoardHistory>>,
      IRequestHandler<GetBlocksHistoryRequest, CompliancePage<BlockHistory>>
{
    public const string Feature = "compliance";

    private const string BoardsSql = """
        SELECT b.data::text FROM boards.mt_doc_board b
         WHERE (b.data ->> 'deleteAt')::bigint = 0 AND (@team = '' OR b.team_id = @team)
         ORDER BY b.id OFFSET @offset LIMIT @limit
        """;

    private const string BoardsHistorySql = """
        SELECT b.id, b.team_id, (b.data ->> 'deleteAt')::bigint <> 0,
               coalesce(max((k.data ->> 'updateAt')::bigint), 0), coalesce(min((k.data ->> 'updateAt')::bigint), 0),
               b.data ->> 'createdBy', b.data ->> 'modifiedBy'
          FROM boards.mt_doc_board b
          LEFT JOIN boards.mt_doc_block k ON k.board_id = b.id AND (@deleted OR (k.data ->> 'deleteAt')::bigint = 0)
         WHERE (b.data ->> 'updateAt')::bigint > @since AND (@deleted OR (b.data ->> 'deleteAt')::bigint = 0) AND (@team = '' OR b.team_id = @team)
         GROUP BY b.id, b.team_id, b.data
         ORDER BY 4 DESC, b.id OFFSET @offset LIMIT @limit
        """;

    private const string BlocksHistorySql = """
        SELECT k.id, b.team_id, k.board_id, k.data ->> 'type', (k.data ->> 'deleteAt')::bigint <> 0,
               (k.data ->> 'updateAt')::bigint, (k.data ->> 'createAt')::bigint, k.data ->> 'createdBy',
               coalesce(nullif(k.data ->> 'modifiedBy', ''), k.data ->> 'createdBy')
          FROM boards.mt_doc_block k JOIN boards.mt_doc_board b ON b.id = k.board_id
         WHERE (k.data ->> 'updateAt')::bigint > @since AND (@deleted OR (k.data ->> 'deleteAt')::bigint = 0)
           AND (@team = '' OR b.team_id = @team) AND (@board = '' OR k.board_id = @board)
         ORDER BY 6 DESC, k.id OFFSET @offset LIMIT @limit
        """;

    public async Task<CompliancePage<Board>> Handle(GetBoardsForComplianceRequest request, CancellationToken cancellationToken)
    {
        await AllowAsync("getAllBoards", request.Query, cancellationToken);
        return await PageAsync(BoardsSql, request.Query, 0, r => JsonSerializer.Deserialize<Board>(r.GetString(0), BoardsJson.Options)!, cancellationToken);
    }

    public async Task<CompliancePage<BoardHistory>> Handle(GetBoardsHistoryRequest request, CancellationToken cancellationToken)
    {
        var since = request.Query.Since();
        await AllowAsync("getBoardsHistory", request.Query, cancellationToken);
        return await PageAsync(BoardsHistorySql, request.Query, since, r => new BoardHistory(
            r.GetString(0), r.GetString(1), r.GetBoolean(2), r.GetInt64(3), r.GetInt64(4), r.GetString(5), r.GetString(6)), cancellationToken);
    }

    public async Task<CompliancePage<BlockHistory>> Handle(GetBlocksHistoryRequest request, CancellationToken cancellationToken)
    {
        var since = request.Query.Since();
        await AllowAsync("getBlocksHistory", request.Query, cancellationToken);
        if (request.Query.BoardId.Length > 0 && await store.FindBoardAsync(request.Query.BoardId, cancellationToken, includeDeleted: true) is null)
        {
            throw BoardsErrors.BadRequest("invalid board id: " + request.Query.BoardId);
        }

        return await PageAsync(BlocksHistorySql, request.Query, since, r => new BlockHistory(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetBoolean(4), r.GetInt64(5), r.GetInt64(6), r.GetString(7), r.GetString(8)), cancellationToken);
    }

    private async Task AllowAsync(string operation, ComplianceQuery query, CancellationToken cancellationToken)
    {
        user.RequireUserId();
        if (!user.IsSystemAdmin)
        {
            throw BoardsErrors.Unauthorized("access denied Compliance Export " + operation);
        }

        gate.Require(Feature);
        if (query.TeamId.Length > 0 && await teams.FindNameByIdAsync(query.TeamId, cancellationToken) is null)
        {
            throw BoardsErrors.BadRequest("invalid team id: " + query.TeamId);
        }
    }

    private async Task<CompliancePage<T>> PageAsync<T>(string sql, ComplianceQuery query, long since, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        var perPage = query.PageSize();
        await using var command = database.CreateCommand(sql);
        command.Parameters.AddWithValue("team", query.TeamId);
        command.Parameters.AddWithValue("board", query.BoardId);
        command.Parameters.AddWithValue("since", since);
        command.Parameters.AddWithValue("deleted", query.IncludeDeleted);
        command.Parameters.AddWithValue("offset", (long)query.PageNumber() * perPage);
        command.Parameters.AddWithValue("limit", perPage + 1);
        var results = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            results.Add(read(reader));
        }

        var hasNext = results.Count > perPage;
        return new CompliancePage<T>(hasNext, hasNext ? results[..perPage] : results);
    }
}
