using System.Text.Json;
using System.Text.Json.Serialization;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.BoardsAndBlocks;
using Suite.Boards.Members;
using Suite.Boards.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Blocks.PatchBlocks;

/// <summary>Focalboard's <c>BlockPatchBatch</c>.</summary>
public sealed class BlockPatchBatch
{
    [JsonPropertyName("block_ids")]
    public List<string> BlockIds { get; set; } = [];

    [JsonPropertyName("block_patches")]
    public List<BlockPatch> BlockPatches { get; set; } = [];
}

/// <summary>
/// <c>PATCH /boards/{id}/blocks</c>: several blocks of the board patched together (editors; another's
/// comment needs an admin), all or none, redone on a fresh read when it loses a race; answers <c>{}</c>.
/// </summary>
internal sealed record PatchBlocksRequest(string BoardId, BlockPatchBatch Batch) : IRequest<IReadOnlyList<Block>>;

internal sealed class PatchBlocksHandler(BoardStore store, BoardAccess access, BoardBroadcaster broadcaster, ICurrentUser user, TimeProvider time)
    : IRequestHandler<PatchBlocksRequest, IReadOnlyList<Block>>
{
    public async Task<IReadOnlyList<Block>> Handle(PatchBlocksRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var ids = request.Batch.BlockIds ?? [];
        var patches = request.Batch.BlockPatches ?? [];
        if (ids.Count != patches.Count || patches.Any(p => p is null))
        {
            throw BoardsErrors.BadRequest("block ids and patches need to match");
        }

        if (ids.Distinct().Count() != ids.Count)
        {
            throw BoardsErrors.BadRequest("each block may be patched once per request");
        }

        var (board, rights) = await access.RequireAsync(request.BoardId, actor, BoardPermission.ManageBoardCards, "access denied to make board changes", cancellationToken);
        foreach (var patch in patches)
        {
            BlockRules.ValidateFieldNames(patch.UpdatedFields ?? []);
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.Session();
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            var patched = new List<Block>();
            for (var i = 0; i < ids.Count; i++)
            {
                var block = await session.LoadAsync<Block>(ids[i] ?? "", cancellationToken);
                if (block is null || block.BoardId != board.Id || block.DeleteAt != 0)
                {
                    throw BoardsErrors.NotFound($"block ID={ids[i]} on BoardID={board.Id}");
                }

                if (block.Type == BlockTypes.Comment && block.CreatedBy != actor.UserId && !rights.Has(BoardPermission.DeleteOthersComments))
                {
                    throw BoardsErrors.Forbidden("access denied to modify others' comments");
                }

                var before = new Block { Fields = new Dictionary<string, JsonElement>(block.Fields) };
                patches[i].ApplyTo(block);
                block.ParentId = block.ParentId.Length == 0 ? board.Id : block.ParentId;
                BlockRules.Validate(board, block, before);
                block.ModifiedBy = actor.UserId;
                block.UpdateAt = now;
                patched.Add(block);
                session.Store(block);
            }

            try
            {
                await session.SaveChangesAsync(cancellationToken);
            }
            catch (Exception ex) when (BoardStoreConflicts.IsConflict(ex) && attempt < BoardStoreConflicts.MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
                continue;
            }

            await broadcaster.BlocksChangedAsync(board, patched, cancellationToken);
            return patched;
        }
    }
}
