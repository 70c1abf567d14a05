using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Cards.GetCards;

/// <summary><c>GET /boards/{id}/cards?page=&amp;per_page=</c>: a page of the board's cards (100 by default), oldest first.</summary>
internal sealed record GetCardsRequest(string BoardId, int Page, int PerPage) : IRequest<IReadOnlyList<Card>>;

internal sealed class GetCardsHandler(BoardStore store, BoardAccess access, ICurrentUser user) : IRequestHandler<GetCardsRequest, IReadOnlyList<Card>>
{
    public async Task<IReadOnlyList<Card>> Handle(GetCardsRequest request, CancellationToken cancellationToken)
    {
        var (board, _) = await access.RequireAsync(request.BoardId, Actor.Of(user), BoardPermission.ViewBoard, "access denied to fetch cards", cancellationToken);
        return (await store.CardsAsync(board.Id, request.Page, request.PerPage, cancellationToken)).Select(Card.From).ToList();
    }
}
