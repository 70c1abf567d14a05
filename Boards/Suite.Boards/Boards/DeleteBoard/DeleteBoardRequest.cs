using Suite.Boards.Api;
using Suite.Boards.Members;
using Suite.Boards.Realtime;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Boards.DeleteBoard;

/// <summary>
/// <c>DELETE /boards/{id}</c> (<see cref="Deleted"/> true) and <c>POST /boards/{id}/undelete</c>: admins only
/// (<c>delete_board</c>). A deleted board keeps its blocks and members and answers 404 until it is undeleted.
/// </summary>
internal sealed record DeleteBoardRequest(string BoardId, bool Deleted) : IRequest<bool>;

internal sealed class DeleteBoardHandler(BoardStore store, BoardAccess access, BoardBroadcaster broadcaster, ICurrentUser user, TimeProvider time)
    : IRequestHandler<DeleteBoardRequest, bool>
{
    public async Task<bool> Handle(DeleteBoardRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var board = await store.FindBoardAsync(request.BoardId, cancellationToken, includeDeleted: true) ?? throw BoardsErrors.NotFound($"board ID={request.BoardId}");
        if (request.Deleted && board.DeleteAt != 0)
        {
            throw BoardsErrors.NotFound($"board ID={request.BoardId}");
        }

        if (!(await access.RightsAsync(board, actor, cancellationToken)).Has(BoardPermission.DeleteBoard))
        {
            throw BoardsErrors.Forbidden(request.Deleted ? "access denied to delete board" : "access denied to undelete board");
        }

        var changed = await store.ChangeAsync<Board>(board.Id, (stored, _) =>
        {
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            stored.DeleteAt = request.Deleted ? now : 0;
            stored.UpdateAt = now;
            stored.ModifiedBy = actor.UserId;
            return true;
        }, cancellationToken) ?? throw BoardsErrors.NotFound($"board ID={board.Id}");

        if (request.Deleted)
        {
            await broadcaster.BoardDeletedAsync(changed, cancellationToken);
        }
        else
        {
            await broadcaster.BoardChangedAsync(changed, cancellationToken);
        }

        return true;
    }
}
