using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Cards.GetCard;
using Suite.Boards.Members;
using Suite.Boards.Notifications;
using Suite.Boards.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Cards.PatchCard;

/// <summary><c>PATCH /cards/{id}</c>: editors change the title, icon, content order and properties (merged, checked against the board's types).</summary>
internal sealed record PatchCardRequest(string CardId, CardPatch Patch) : IRequest<Card>;

internal sealed class PatchCardHandler(BoardStore store, BoardAccess access, BoardBroadcaster broadcaster, BlockChangeNotifier notifier, ICurrentUser user, TimeProvider time)
    : IRequestHandler<PatchCardRequest, Card>
{
    public async Task<Card> Handle(PatchCardRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var found = await GetCardHandler.LiveCardAsync(store, request.CardId, cancellationToken);
        var (board, _) = await access.RequireAsync(found.BoardId, actor, BoardPermission.ManageBoardCards, "access denied to patch card", cancellationToken);
        var patch = request.Patch;
        if (patch.Icon is not null && !CardFields.IsOneGrapheme(patch.Icon))
        {
            throw BoardsErrors.BadRequest("invalid card, Icon can have only one grapheme");
        }

        Block? original = null;
        var patched = await store.ChangeAsync<Block>(found.Id, (block, _) =>
        {
            if (block.DeleteAt != 0)
            {
                throw BoardsErrors.NotFound($"card ID={found.Id}");
            }

            var before = new Block { Fields = new Dictionary<string, JsonElement>(block.Fields) };
            original = new Block { Id = block.Id, Type = block.Type, Title = block.Title, ParentId = block.ParentId, Fields = before.Fields };
            var card = Card.From(block);
            card.Title = patch.Title ?? card.Title;
            card.Icon = patch.Icon ?? card.Icon;
            card.ContentOrder = patch.ContentOrder ?? card.ContentOrder;
            foreach (var (propertyId, value) in patch.UpdatedProperties ?? [])
            {
                card.Properties[propertyId] = value;
            }

            var updated = card.ToBlock();
            block.Title = updated.Title;
            foreach (var (key, value) in updated.Fields)
            {
                block.Fields[key] = value;
            }

            BlockRules.Validate(board, block, before);
            block.ModifiedBy = actor.UserId;
            block.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
            return true;
        }, cancellationToken) ?? throw BoardsErrors.NotFound($"card ID={found.Id}");

        await broadcaster.BlocksChangedAsync(board, [patched], cancellationToken);
        await notifier.ChangedAsync(board, BlockChange.Updated, original, patched, actor.UserId);
        return Card.From(patched);
    }
}
