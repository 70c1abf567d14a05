using Suite.Boards.Api;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Cards.CreateCard;

/// <summary><c>POST /boards/{id}/cards</c>: editors add a card; its properties are checked against the board's property types.</summary>
internal sealed record CreateCardRequest(string BoardId, Card Card) : IRequest<Card>;

internal sealed class CreateCardHandler(BoardAccess access, CardWrites cards, ICurrentUser user) : IRequestHandler<CreateCardRequest, Card>
{
    public async Task<Card> Handle(CreateCardRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var (board, _) = await access.RequireAsync(request.BoardId, actor, BoardPermission.ManageBoardCards, "access denied to create card", cancellationToken);
        if (!string.IsNullOrEmpty(request.Card.BoardId) && request.Card.BoardId != board.Id)
        {
            throw BoardsErrors.BadRequest("Board IDs do not match");
        }

        return await cards.CreateAsync(board, request.Card, actor.UserId, [], cancellationToken);
    }
}
