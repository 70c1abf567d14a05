using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Boards.GetTeamBoards;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.Search.SearchBoards;

/// <summary>What a board search looks in (Focalboard's <c>BoardSearchField</c>).</summary>
internal enum BoardSearchField
{
    Title,
    PropertyName,
}

/// <summary>
/// Focalboard's board searches: <c>GET /teams/{teamId}/boards/search?q=&amp;field=title|property_name</c> (the
/// team's boards the caller may find), <c>GET /boards/search?q=</c> (the same over every team of the
/// caller) and <c>GET /teams/{teamId}/boards/search/linkable?q=</c> (boards the caller administers, which
/// may be linked to a channel). Titles match case-insensitively anywhere; <c>property_name</c> matches the
/// names of the boards' own properties. Templates are left out; ordered by title.
/// </summary>
internal sealed record SearchBoardsRequest(string? TeamId, string Term, BoardSearchField Field, bool LinkableOnly) : IRequest<IReadOnlyList<Board>>;

internal sealed class SearchBoardsHandler(ISender sender, BoardAccess access, ICurrentUser user) : IRequestHandler<SearchBoardsRequest, IReadOnlyList<Board>>
{
    public async Task<IReadOnlyList<Board>> Handle(SearchBoardsRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var teamIds = request.TeamId is not null
            ? [request.TeamId]
            : (await sender.Send(new GetUserTeamsRequest(actor.UserId), cancellationToken)).Select(t => t.Id).ToList();
        var found = new List<Board>();
        foreach (var teamId in teamIds)
        {
            foreach (var board in await sender.Send(new GetTeamBoardsRequest(teamId), cancellationToken))
            {
                if (Matches(board, request.Term, request.Field)
                    && (!request.LinkableOnly || (await access.RightsAsync(board, actor, cancellationToken)).Has(BoardPermission.ManageBoardRoles)))
                {
                    found.Add(board);
                }
            }
        }

        return found.OrderBy(b => b.Title, StringComparer.OrdinalIgnoreCase).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();
    }

    public static BoardSearchField ParseField(string text) => text switch
    {
        "" or "title" => BoardSearchField.Title,
        "property_name" => BoardSearchField.PropertyName,
        _ => throw BoardsErrors.BadRequest($"invalid field: {text}, the search field must be title or property_name"),
    };

    private static bool Matches(Board board, string term, BoardSearchField field) => field switch
    {
        BoardSearchField.PropertyName => board.Properties.Keys.Any(k => k.Contains(term, StringComparison.OrdinalIgnoreCase))
            || board.Properties.Values.Any(v => v.ValueKind == JsonValueKind.String && v.GetString()!.Contains(term, StringComparison.OrdinalIgnoreCase) && term.Length > 0),
        _ => board.Title.Contains(term, StringComparison.OrdinalIgnoreCase),
    };
}
