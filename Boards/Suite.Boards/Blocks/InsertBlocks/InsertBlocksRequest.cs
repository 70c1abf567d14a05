using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Boards.Notifications;
using Suite.Boards.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Blocks.InsertBlocks;

/// <summary>
/// <c>POST /boards/{id}/blocks</c>: inserts the array at once (all or none). Comments need
/// <c>comment_board_cards</c> (commenters), every other block <c>manage_board_cards</c> (editors). A
/// block's parent must be the board or a block of it (existing or in the same array). Answers the
/// blocks as stored. With <paramref name="DisableNotify"/> (Focalboard's <c>disable_notify</c>, for bulk inserts) the
/// board's clients still hear of the blocks, but nobody is mentioned, assigned or subscribed through them.
/// </summary>
internal sealed record InsertBlocksRequest(string BoardId, IReadOnlyList<Block> Blocks, bool DisableNotify = false) : IRequest<IReadOnlyList<Block>>;

internal sealed class InsertBlocksHandler(BoardStore store, BoardAccess access, BoardBroadcaster broadcaster, BlockChangeNotifier notifier, ICurrentUser user, TimeProvider time)
    : IRequestHandler<InsertBlocksRequest, IReadOnlyList<Block>>
{
    public async Task<IReadOnlyList<Block>> Handle(InsertBlocksRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var board = await store.FindBoardAsync(request.BoardId, cancellationToken) ?? throw BoardsErrors.NotFound($"board ID={request.BoardId}");
        var rights = await access.RightsAsync(board, actor, cancellationToken);
        var blocks = request.Blocks;
        if (blocks.Any(b => b is null))
        {
            throw BoardsErrors.BadRequest("invalid block: null");
        }

        if (blocks.Any(b => b.Type != BlockTypes.Comment) && !rights.Has(BoardPermission.ManageBoardCards))
        {
            throw BoardsErrors.Forbidden("access denied to make board changes");
        }

        if (blocks.Any(b => b.Type == BlockTypes.Comment) && !rights.Has(BoardPermission.CommentBoardCards))
        {
            throw BoardsErrors.Forbidden("access denied to post card comments");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var batchIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            block.Fields ??= [];
            block.Title ??= "";
            block.ParentId ??= "";
            if (block.BoardId != board.Id)
            {
                throw BoardsErrors.BadRequest($"invalid BoardID for block id {block.Id}");
            }

            block.Id = string.IsNullOrEmpty(block.Id) ? BoardIds.NewFor(block.Type ?? "") : block.Id;
            if (!BoardIds.IsValidClientId(block.Id) || !batchIds.Add(block.Id))
            {
                throw BoardsErrors.BadRequest($"invalid block id {block.Id}: 1 to 36 letters, digits, '-' or '_', once per request");
            }

            BlockRules.Validate(board, block);
            block.CreatedBy = actor.UserId;
            block.ModifiedBy = actor.UserId;
            block.CreateAt = now;
            block.UpdateAt = now;
            block.DeleteAt = 0;
            block.Schema = block.Schema == 0 ? 1 : block.Schema;
        }

        await using (var session = store.Session())
        {
            var ids = batchIds.ToList();
            var taken = await session.LoadManyAsync<Block>(cancellationToken, ids);
            if (taken.Count > 0)
            {
                throw BoardsErrors.BadRequest($"block ID={taken[0].Id} already exists");
            }

            await RequireParentsAsync(session, board, blocks, batchIds, cancellationToken);
            session.Insert(blocks.ToArray());
            await session.SaveChangesAsync(cancellationToken);
        }

        await broadcaster.BlocksChangedAsync(board, blocks, cancellationToken);
        if (!request.DisableNotify)
        {
            await notifier.ChangedAsync(board, BlockChange.Added, blocks.Select(b => ((Block?)null, b)).ToList(), actor.UserId);
        }

        return blocks;
    }

    private static async Task RequireParentsAsync(Marten.IDocumentSession session, Board board, IReadOnlyList<Block> blocks, HashSet<string> batchIds, CancellationToken cancellationToken)
    {
        foreach (var block in blocks)
        {
            if (block.ParentId.Length == 0)
            {
                block.ParentId = board.Id;
            }
        }

        var outside = blocks.Select(b => b.ParentId).Where(p => p != board.Id && !batchIds.Contains(p)).Distinct().ToList();
        if (outside.Count == 0)
        {
            return;
        }

        var parents = await session.LoadManyAsync<Block>(cancellationToken, outside);
        var missing = outside.FirstOrDefault(id => !parents.Any(p => p.Id == id && p.BoardId == board.Id && p.DeleteAt == 0));
        if (missing is not null)
        {
            throw BoardsErrors.BadRequest($"invalid parentId {missing}: not a block of this board");
        }
    }
}
