using Suite.Boards.Api;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Members.UpdateMember;

/// <summary><c>PUT /boards/{id}/members/{userId}</c>: admins change a member's roles; the last admin cannot be demoted.</summary>
internal sealed record UpdateMemberRequest(string BoardId, string UserId, MemberBody Roles) : IRequest<BoardMemberResponse>;

internal sealed class UpdateMemberHandler(BoardAccess access, BoardMembers members, ICurrentUser user)
    : IRequestHandler<UpdateMemberRequest, BoardMemberResponse>
{
    public async Task<BoardMemberResponse> Handle(UpdateMemberRequest request, CancellationToken cancellationToken)
    {
        var (board, _) = await access.RequireAsync(request.BoardId, Actor.Of(user), BoardPermission.ManageBoardRoles, "access denied to modify board members", cancellationToken);
        request.Roles.UserId = request.UserId;
        return await members.UpdateAsync(board, request.Roles, cancellationToken)
            ?? throw BoardsErrors.NotFound($"member BoardID={board.Id} UserID={request.UserId}");
    }
}
