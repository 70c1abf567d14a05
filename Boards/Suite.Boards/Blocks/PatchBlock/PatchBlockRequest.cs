using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Boards.Notifications;
using Suite.Boards.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Blocks.PatchBlock;

/// <summary>
/// <c>PATCH /boards/{id}/blocks/{blockId}</c>: editors change blocks (another's comment needs an admin,
/// <c>delete_others_comments</c>); the patched block is validated as a new one would be.
/// </summary>
internal sealed record PatchBlockRequest(string BoardId, string BlockId, BlockPatch Patch) : IRequest<Block>;

internal sealed class PatchBlockHandler(BoardStore store, BoardAccess access, BoardBroadcaster broadcaster, BlockChangeNotifier notifier, ICurrentUser user, TimeProvider time)
    : IRequestHandler<PatchBlockRequest, Block>
{
    public async Task<Block> Handle(PatchBlockRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var (board, rights) = await access.RequireAsync(request.BoardId, actor, BoardPermission.ManageBoardCards, "access denied to make board changes", cancellationToken);
        BlockRules.ValidateFieldNames(request.Patch.UpdatedFields ?? []);
        Block? original = null;
        var patched = await store.ChangeAsync<Block>(request.BlockId, (block, _) =>
        {
            if (block.BoardId != board.Id || block.DeleteAt != 0)
            {
                throw BoardsErrors.NotFound($"block ID={request.BlockId} on BoardID={board.Id}");
            }

            if (block.Type == BlockTypes.Comment && block.CreatedBy != actor.UserId && !rights.Has(BoardPermission.DeleteOthersComments))
            {
                throw BoardsErrors.Forbidden("access denied to modify others' comments");
            }

            var before = new Block { Fields = new Dictionary<string, System.Text.Json.JsonElement>(block.Fields) };
            original = new Block { Id = block.Id, Type = block.Type, Title = block.Title, ParentId = block.ParentId, Fields = before.Fields };
            request.Patch.ApplyTo(block);
            if (block.ParentId.Length == 0)
            {
                block.ParentId = board.Id;
            }

            BlockRules.Validate(board, block, before);
            block.ModifiedBy = actor.UserId;
            block.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
            return true;
        }, cancellationToken) ?? throw BoardsErrors.NotFound($"block ID={request.BlockId} on BoardID={board.Id}");

        await broadcaster.BlocksChangedAsync(board, [patched], cancellationToken);
        await notifier.ChangedAsync(board, BlockChange.Updated, original, patched, actor.UserId);
        return patched;
    }
}
