using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Members.RemoveMember;

/// <summary>
/// <c>DELETE /boards/{id}/members/{userId}</c> (admins) and <c>POST /boards/{id}/leave</c> (the caller,
/// who must be able to view the board); the last admin can do neither.
/// </summary>
internal sealed record RemoveMemberRequest(string BoardId, string? UserId) : IRequest<bool>;

internal sealed class RemoveMemberHandler(BoardAccess access, BoardMembers members, ICurrentUser user)
    : IRequestHandler<RemoveMemberRequest, bool>
{
    public async Task<bool> Handle(RemoveMemberRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var leaving = request.UserId is null;
        var (board, _) = leaving
            ? await access.RequireAsync(request.BoardId, actor, BoardPermission.ViewBoard, "access denied to board", cancellationToken)
            : await access.RequireAsync(request.BoardId, actor, BoardPermission.ManageBoardRoles, "access denied to modify board members", cancellationToken);
        await members.RemoveAsync(board, request.UserId ?? actor.UserId, cancellationToken);
        return true;
    }
}
