using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Boards.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Duplication.DuplicateBlock;

/// <summary>
/// <c>POST /boards/{id}/blocks/{blockId}/duplicate?asTemplate=</c>: copies a block with its content (not its
/// comments) on the same board, the copy's <c>fields.isTemplate</c> set to <c>asTemplate</c>: a card
/// duplicated, a card template made from a card, or a card made from a card template. Answers the new blocks, the copy first.
/// </summary>
internal sealed record DuplicateBlockRequest(string BoardId, string BlockId, bool AsTemplate) : IRequest<IReadOnlyList<Block>>;

internal sealed class DuplicateBlockHandler(BoardStore store, BoardAccess access, BoardBroadcaster broadcaster, ICurrentUser user, TimeProvider time)
    : IRequestHandler<DuplicateBlockRequest, IReadOnlyList<Block>>
{
    public async Task<IReadOnlyList<Block>> Handle(DuplicateBlockRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var board = await store.FindBoardAsync(request.BoardId, cancellationToken) ?? throw BoardsErrors.NotFound($"board ID={request.BoardId}");
        var block = await store.FindBlockAsync(request.BlockId, cancellationToken);
        if (block is null || block.BoardId != board.Id || block.DeleteAt != 0)
        {
            throw BoardsErrors.NotFound($"block ID={request.BlockId} on BoardID={board.Id}");
        }

        var rights = await access.RightsAsync(board, actor, cancellationToken);
        if (block.Type == BlockTypes.Comment ? !rights.Has(BoardPermission.CommentBoardCards) : !rights.Has(BoardPermission.ManageBoardCards))
        {
            throw BoardsErrors.Forbidden(block.Type == BlockTypes.Comment ? "access denied to comment on board cards" : "access denied to modify board cards");
        }

        var children = (await store.BlocksAsync(board.Id, block.Id, "", cancellationToken)).Where(b => b.Type != BlockTypes.Comment);
        var copies = BlockCopies.WithNewIds(children.Prepend(block), new Dictionary<string, string>());
        copies[0].Fields["isTemplate"] = BoardsJson.ToElement(request.AsTemplate);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var copy in copies)
        {
            copy.CreatedBy = actor.UserId;
            copy.ModifiedBy = actor.UserId;
            copy.CreateAt = now;
            copy.UpdateAt = now;
            BlockRules.Validate(board, copy, before: block);
        }

        await using (var session = store.Session())
        {
            session.Insert(copies.ToArray());
            await session.SaveChangesAsync(cancellationToken);
        }

        await broadcaster.BlocksChangedAsync(board, copies, cancellationToken);
        return copies;
    }
}
