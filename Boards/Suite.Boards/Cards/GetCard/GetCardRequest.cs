using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Cards.GetCard;

/// <summary><c>GET /cards/{id}</c>: for whoever may view the card's board.</summary>
internal sealed record GetCardRequest(string CardId) : IRequest<Card>;

internal sealed class GetCardHandler(BoardStore store, BoardAccess access, ICurrentUser user) : IRequestHandler<GetCardRequest, Card>
{
    public async Task<Card> Handle(GetCardRequest request, CancellationToken cancellationToken)
    {
        var block = await LiveCardAsync(store, request.CardId, cancellationToken);
        await access.RequireAsync(block.BoardId, Actor.Of(user), BoardPermission.ViewBoard, "access denied to fetch card", cancellationToken);
        return Card.From(block);
    }

    public static async Task<Block> LiveCardAsync(BoardStore store, string cardId, CancellationToken cancellationToken)
    {
        var block = await store.FindBlockAsync(cardId, cancellationToken);
        return block is { Type: BlockTypes.Card, DeleteAt: 0 } ? block : throw BoardsErrors.NotFound($"card ID={cardId}");
    }
}
