using Marten;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Cards;
using Suite.Boards.Members;
using Suite.Boards.Notifications;
using Suite.Boards.Reminders;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.MyWork;

/// <summary>
/// <c>GET /teams/{teamID}/mywork?time_zone_offset=seconds</c>: every live card of the team's boards the caller may
/// view whose person or multi-person property names the caller, grouped by due date (<see cref="DueDates"/>) as
/// days at the caller's UTC offset: overdue (before today), today, this week (after today, up to Sunday: weeks
/// start on Monday), later, and no date; each group soonest first, then by title.
/// </summary>
internal sealed record GetMyWorkRequest(string TeamId, TimeSpan Offset) : IRequest<MyWorkResponse>;

/// <summary>The caller's cards by due date.</summary>
internal sealed record MyWorkResponse(
    IReadOnlyList<MyWorkCard> Overdue,
    IReadOnlyList<MyWorkCard> Today,
    IReadOnlyList<MyWorkCard> ThisWeek,
    IReadOnlyList<MyWorkCard> Later,
    IReadOnlyList<MyWorkCard> NoDate);

/// <summary>A card of My work: the card as <c>/cards</c> shows it, its board, when it is due (ms, 0 for none) and where to open it.</summary>
internal sealed record MyWorkCard(Card Card, string BoardTitle, string BoardIcon, long DueDate, string Url);

internal sealed class GetMyWorkHandler(BoardStore store, BoardAccess access, ITeamMembership teams, CardLinks links, ICurrentUser user, TimeProvider time)
    : IRequestHandler<GetMyWorkRequest, MyWorkResponse>
{
    public async Task<MyWorkResponse> Handle(GetMyWorkRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        if (!actor.IsSystemAdmin && await teams.GetRoleAsync(request.TeamId, actor.UserId, cancellationToken) is null)
        {
            throw BoardsErrors.Forbidden("access denied to team");
        }

        var boards = new Dictionary<string, Board>(StringComparer.Ordinal);
        var candidates = (await store.OpenOrMemberBoardsAsync(request.TeamId, actor.UserId, cancellationToken))
            .Concat(await store.ChannelLinkedBoardsAsync(request.TeamId, cancellationToken))
            .DistinctBy(b => b.Id);
        foreach (var board in candidates)
        {
            if ((await access.RightsAsync(board, actor, cancellationToken)).Has(BoardPermission.ViewBoard))
            {
                boards[board.Id] = board;
            }
        }

        var cards = await AssignedCardsAsync(boards.Keys.ToArray(), actor.UserId, cancellationToken);
        var today = DueDates.Day(time.GetUtcNow().ToUnixTimeMilliseconds() + (long)request.Offset.TotalMilliseconds);
        var endOfWeek = today.AddDays(6 - (((int)today.DayOfWeek + 6) % 7));
        var groups = cards
            .Select(card => (Card: card, Board: boards[card.BoardId]))
            .Where(c => BlockChangeNotifier.Assignees(c.Board, c.Card).Contains(actor.UserId) && !Card.From(c.Card).IsTemplate)
            .Select(c => (Item: new MyWorkCard(Card.From(c.Card), c.Board.Title, c.Board.Icon, DueDates.DueAt(c.Board, c.Card) ?? 0, links.Card(c.Board, c.Card.Id)), Day: DueDates.DueDay(c.Board, c.Card, request.Offset)))
            .OrderBy(c => c.Item.DueDate).ThenBy(c => c.Item.Card.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(c => c.Item.Card.Id, StringComparer.Ordinal)
            .GroupBy(c => c.Day switch
            {
                null => nameof(MyWorkResponse.NoDate),
                { } day when day < today => nameof(MyWorkResponse.Overdue),
                { } day when day == today => nameof(MyWorkResponse.Today),
                { } day when day <= endOfWeek => nameof(MyWorkResponse.ThisWeek),
                _ => nameof(MyWorkResponse.Later),
            })
            .ToDictionary(g => g.Key, g => (IReadOnlyList<MyWorkCard>)g.Select(c => c.Item).ToList());
        IReadOnlyList<MyWorkCard> Group(string name) => groups.TryGetValue(name, out var items) ? items : [];
        return new MyWorkResponse(Group(nameof(MyWorkResponse.Overdue)), Group(nameof(MyWorkResponse.Today)), Group(nameof(MyWorkResponse.ThisWeek)), Group(nameof(MyWorkResponse.Later)), Group(nameof(MyWorkResponse.NoDate)));
    }

    private async Task<IReadOnlyList<Block>> AssignedCardsAsync(string[] boardIds, string userId, CancellationToken cancellationToken)
    {
        if (boardIds.Length == 0)
        {
            return [];
        }

        await using var session = store.QuerySession();
        var asString = BoardsJson.ToElement(userId).GetRawText();
        var asArray = BoardsJson.ToElement(new[] { userId }).GetRawText();
        return await session.QueryAsync<Block>(
            "where data ->> 'boardId' = ANY(?) and data ->> 'type' = 'card' and (data ->> 'deleteAt')::bigint = 0 "
            + "and exists (select 1 from jsonb_each(case when jsonb_typeof(data -> 'fields' -> 'properties') = 'object' then data -> 'fields' -> 'properties' else '{}'::jsonb end) p "
            + "where p.value = ?::jsonb or (jsonb_typeof(p.value) = 'array' and p.value @> ?::jsonb))",
            cancellationToken,
            boardIds,
            asString,
            asArray);
    }
}
