using System.Text.Json;
using Npgsql;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Boards.GetTeamBoards;
using Suite.Boards.Cards;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Search.SearchCards;

/// <summary>One card found by <see cref="SearchCardsRequest"/>: the card, its board, its rank and where the words were found (<c>title</c>, <c>text</c>, <c>comment</c>).</summary>
public sealed record CardSearchHit(Card Card, string BoardId, string BoardTitle, double Rank, IReadOnlyList<string> MatchedIn);

/// <summary>
/// Search across boards (beyond Focalboard): <c>GET /teams/{teamId}/cards/search?q=&amp;limit=</c> finds the
/// cards of every board of the team the caller may view whose title, text content (text, checkbox,
/// headings, list items, quotes) or comments match the words of <c>q</c> (PostgreSQL full text, English
/// stemming, web-search syntax: quotes, <c>or</c>, <c>-word</c>), best first: a block's rank weighs a
/// title match above content and content above comments, and a card's rank is the sum over its blocks.
/// Card templates are left out.
/// </summary>
internal sealed record SearchCardsRequest(string TeamId, string Terms, int Limit) : IRequest<IReadOnlyList<CardSearchHit>>;

internal sealed class SearchCardsHandler(ISender sender, BoardAccess access, NpgsqlDataSource database, ICurrentUser user)
    : IRequestHandler<SearchCardsRequest, IReadOnlyList<CardSearchHit>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    // The expression matches the full-text index the module declares on block titles, so PostgreSQL
    // finds the matching blocks through it.
    private const string Sql = """
        WITH q AS (SELECT websearch_to_tsquery('english'::regconfig, @terms) AS query),
        hits AS (
            SELECT CASE WHEN b.data ->> 'type' = 'card' THEN b.id ELSE b.parent_id END AS card_id,
                   b.board_id,
                   CASE WHEN b.data ->> 'type' = 'card' THEN 'title' WHEN b.data ->> 'type' = 'comment' THEN 'comment' ELSE 'text' END AS kind,
                   ts_rank(to_tsvector('english'::regconfig, (b.data ->> 'title')), q.query)
                     * CASE b.data ->> 'type' WHEN 'card' THEN 1.0 WHEN 'comment' THEN 0.4 ELSE 0.6 END AS rank
              FROM boards.mt_doc_block b, q
             WHERE to_tsvector('english'::regconfig, (b.data ->> 'title')) @@ q.query
               AND b.board_id = ANY(@boards)
               AND (b.data ->> 'deleteAt')::bigint = 0
               AND b.data ->> 'type' IN ('card', 'text', 'checkbox', 'comment', 'h1', 'h2', 'h3', 'list-item', 'quote')
        )
        SELECT c.data::text AS card, sum(h.rank)::float8 AS rank, array_agg(DISTINCT h.kind) AS kinds
          FROM hits h
          JOIN boards.mt_doc_block c ON c.id = h.card_id AND c.board_id = h.board_id
         WHERE c.data ->> 'type' = 'card'
           AND (c.data ->> 'deleteAt')::bigint = 0
           AND coalesce(c.data -> 'fields' ->> 'isTemplate', 'false') <> 'true'
         GROUP BY c.id, c.data
         ORDER BY rank DESC, (c.data ->> 'updateAt')::bigint DESC, c.id
         LIMIT @limit
        """;

    public async Task<IReadOnlyList<CardSearchHit>> Handle(SearchCardsRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var findable = await sender.Send(new GetTeamBoardsRequest(request.TeamId), cancellationToken);
        var visible = new Dictionary<string, Board>(StringComparer.Ordinal);
        foreach (var board in findable)
        {
            if ((await access.RightsAsync(board, actor, cancellationToken)).Has(BoardPermission.ViewBoard))
            {
                visible[board.Id] = board;
            }
        }

        if (visible.Count == 0 || string.IsNullOrWhiteSpace(request.Terms))
        {
            return [];
        }

        await using var command = database.CreateCommand(Sql);
        command.Parameters.AddWithValue("terms", request.Terms);
        command.Parameters.AddWithValue("boards", visible.Keys.ToArray());
        command.Parameters.AddWithValue("limit", request.Limit);
        var hits = new List<CardSearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var block = JsonSerializer.Deserialize<Blocks.Block>(reader.GetString(0), BoardsJson.Options)!;
            var board = visible[block.BoardId];
            hits.Add(new CardSearchHit(Card.From(block), board.Id, board.Title, Math.Round(reader.GetDouble(1), 6), reader.GetFieldValue<string[]>(2)));
        }

        return hits;
    }
}
