using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.Members.AddMember;

/// <summary>
/// <c>POST /boards/{id}/members</c>: admins add anyone of the team with the roles they choose; on an open
/// board editors may add people too, who get the board's minimum role (editor when it has none).
/// </summary>
internal sealed record AddMemberRequest(string BoardId, MemberBody Member) : IRequest<BoardMemberResponse>;

internal sealed class AddMemberHandler(BoardStore store, BoardAccess access, BoardMembers members, ITeamMembership teams, ICurrentUser user)
    : IRequestHandler<AddMemberRequest, BoardMemberResponse>
{
    public async Task<BoardMemberResponse> Handle(AddMemberRequest request, CancellationToken cancellationToken)
    {
        var board = await store.FindBoardAsync(request.BoardId, cancellationToken) ?? throw BoardsErrors.NotFound($"board ID={request.BoardId}");
        var rights = await access.RightsAsync(board, Actor.Of(user), cancellationToken);
        var canManageRoles = rights.Has(BoardPermission.ManageBoardRoles);
        if (!canManageRoles && !(board.Type == Board.Open && rights.Has(BoardPermission.ManageBoardProperties)))
        {
            throw BoardsErrors.Forbidden("access denied to modify board members");
        }

        var body = request.Member;
        if (string.IsNullOrEmpty(body.UserId))
        {
            throw BoardsErrors.BadRequest("empty userID");
        }

        if (await teams.GetRoleAsync(board.TeamId, body.UserId, cancellationToken) is null)
        {
            throw BoardsErrors.Forbidden("access denied to team");
        }

        var member = canManageRoles
            ? new BoardMembership { UserId = body.UserId, SchemeAdmin = body.SchemeAdmin, SchemeEditor = body.SchemeEditor, SchemeCommenter = body.SchemeCommenter, SchemeViewer = body.SchemeViewer }
            : MinimumRoleMember(board, body.UserId, admin: false);
        return await members.AddAsync(board, member, cancellationToken);
    }

    /// <summary>A membership with the role the board's minimum role gives (editor when it names none), as join and editors' adds do.</summary>
    public static BoardMembership MinimumRoleMember(Board board, string userId, bool admin) => new()
    {
        UserId = userId,
        SchemeAdmin = board.MinimumRole == BoardRoles.Admin || admin,
        SchemeEditor = board.MinimumRole is BoardRoles.None or BoardRoles.Editor,
        SchemeCommenter = board.MinimumRole == BoardRoles.Commenter,
        SchemeViewer = board.MinimumRole == BoardRoles.Viewer,
    };
}
