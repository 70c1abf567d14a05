using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Boards.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Blocks.MoveContentBlock;

/// <summary>
/// <c>POST /content-blocks/{blockId}/moveto/{where}/{dstBlockId}</c> (Focalboard's <c>MoveContentBlock</c>): editors put a
/// card's content block just <c>before</c> or <c>after</c> another content block of the same card in the card's
/// <c>contentOrder</c>; both must be top-level entries of that order. Answers <c>{}</c>.
/// </summary>
internal sealed record MoveContentBlockRequest(string BlockId, string Where, string DestinationId) : IRequest<bool>;

internal sealed class MoveContentBlockHandler(BoardStore store, BoardAccess access, BoardBroadcaster broadcaster, ICurrentUser user, TimeProvider time)
    : IRequestHandler<MoveContentBlockRequest, bool>
{
    public const string Before = "before";
    public const string After = "after";

    public async Task<bool> Handle(MoveContentBlockRequest request, CancellationToken cancellationToken)
    {
        var block = await LiveBlockAsync(request.BlockId, cancellationToken);
        var destination = await LiveBlockAsync(request.DestinationId, cancellationToken);
        if (request.Where is not (Before or After))
        {
            throw BoardsErrors.BadRequest("invalid where parameter, use before or after");
        }

        var actor = Actor.Of(user);
        var (board, _) = await access.RequireAsync(block.BoardId, actor, BoardPermission.ManageBoardCards, "access denied to modify board cards", cancellationToken);
        if (block.ParentId != destination.ParentId || destination.BoardId != board.Id)
        {
            throw BoardsErrors.BadRequest($"not matching parent {block.ParentId} and {destination.ParentId}");
        }

        var card = await store.ChangeAsync<Block>(block.ParentId, (card, _) =>
        {
            if (card.DeleteAt != 0 || card.BoardId != board.Id)
            {
                throw BoardsErrors.NotFound($"block ID={block.ParentId}");
            }

            card.Fields["contentOrder"] = BoardsJson.ToElement(Reordered(card, block.Id, destination.Id, request.Where));
            card.ModifiedBy = actor.UserId;
            card.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
            return true;
        }, cancellationToken) ?? throw BoardsErrors.NotFound($"block ID={block.ParentId}");

        await broadcaster.BlocksChangedAsync(board, [card], cancellationToken);
        return true;
    }

    private async Task<Block> LiveBlockAsync(string id, CancellationToken cancellationToken)
    {
        var block = await store.FindBlockAsync(id, cancellationToken);
        return block is { DeleteAt: 0 } ? block : throw BoardsErrors.NotFound($"block ID={id}");
    }

    // The order without the moved block, with it put next to the destination; entries that are lists (blocks side by side) stay as they are.
    private static List<JsonElement> Reordered(Block card, string blockId, string destinationId, string where)
    {
        var order = card.Fields.TryGetValue("contentOrder", out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [];
        var moved = BoardsJson.ToElement(blockId);
        var result = new List<JsonElement>(order.Count);
        bool foundSource = false, foundDestination = false;
        foreach (var entry in order)
        {
            var id = entry.ValueKind == JsonValueKind.String ? entry.GetString() : null;
            if (id == destinationId)
            {
                foundDestination = true;
                result.AddRange(where == After ? [entry, moved] : [moved, entry]);
            }
            else if (id == blockId)
            {
                foundSource = true;
            }
            else
            {
                result.Add(entry);
            }
        }

        return !foundSource ? throw BoardsErrors.BadRequest($"source block {blockId} not found")
            : !foundDestination ? throw BoardsErrors.BadRequest($"destination block {destinationId} not found")
            : result;
    }
}
