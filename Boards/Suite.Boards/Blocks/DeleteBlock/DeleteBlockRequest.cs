using Marten.Patching;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members;
using Suite.Boards.Notifications;
using Suite.Boards.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Blocks.DeleteBlock;

/// <summary>
/// <c>DELETE /boards/{id}/blocks/{blockId}</c>: editors delete a block and its children (a card's content
/// and comments); another's comment needs an admin. Deleted blocks keep their rows with <c>deleteAt</c> set.
/// </summary>
internal sealed record DeleteBlockRequest(string BoardId, string BlockId) : IRequest<bool>;

internal sealed class DeleteBlockHandler(BoardStore store, BoardAccess access, BoardBroadcaster broadcaster, BlockChangeNotifier notifier, ICurrentUser user, TimeProvider time)
    : IRequestHandler<DeleteBlockRequest, bool>
{
    public async Task<bool> Handle(DeleteBlockRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var (board, rights) = await access.RequireAsync(request.BoardId, actor, BoardPermission.ManageBoardCards, "access denied to make board changes", cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var deleted = await store.ChangeAsync<Block>(request.BlockId, (block, session) =>
        {
            if (block.BoardId != board.Id || block.DeleteAt != 0)
            {
                throw BoardsErrors.NotFound($"block ID={request.BlockId} on BoardID={board.Id}");
            }

            if (block.Type == BlockTypes.Comment && block.CreatedBy != actor.UserId && !rights.Has(BoardPermission.DeleteOthersComments))
            {
                throw BoardsErrors.Forbidden("access denied to delete other users' comments");
            }

            block.DeleteAt = now;
            block.UpdateAt = now;
            block.ModifiedBy = actor.UserId;
            session.Patch<Block>(b => b.BoardId == board.Id && b.ParentId == block.Id && b.DeleteAt == 0)
                .Set(b => b.DeleteAt, now);
            return true;
        }, cancellationToken) ?? throw BoardsErrors.NotFound($"block ID={request.BlockId} on BoardID={board.Id}");

        await broadcaster.BlockDeletedAsync(board, deleted.Id, cancellationToken);
        await notifier.ChangedAsync(board, BlockChange.Deleted, null, deleted, actor.UserId);
        return true;
    }
}
