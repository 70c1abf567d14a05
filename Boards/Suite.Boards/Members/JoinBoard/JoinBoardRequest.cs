using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Members.AddMember;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.Members.JoinBoard;

/// <summary>
/// <c>POST /boards/{id}/join</c>: a team member joins an open board with its minimum role (editor when it has
/// none). A private board only lets a team admin in, as admin, when asked with <c>allow_admin</c>.
/// </summary>
internal sealed record JoinBoardRequest(string BoardId, bool AllowAdmin) : IRequest<BoardMemberResponse>;

internal sealed class JoinBoardHandler(BoardStore store, BoardMembers members, ITeamMembership teams, ICurrentUser user)
    : IRequestHandler<JoinBoardRequest, BoardMemberResponse>
{
    public async Task<BoardMemberResponse> Handle(JoinBoardRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        var board = await store.FindBoardAsync(request.BoardId, cancellationToken) ?? throw BoardsErrors.NotFound($"board ID={request.BoardId}");
        var teamRole = await teams.GetRoleAsync(board.TeamId, actor.UserId, cancellationToken);
        var asAdmin = false;
        if (board.Type != Board.Open)
        {
            if (!request.AllowAdmin || !(teamRole == TeamRole.Admin || actor.IsSystemAdmin))
            {
                throw BoardsErrors.Forbidden("cannot join a non Open board");
            }

            asAdmin = true;
        }

        if (teamRole is null && !actor.IsSystemAdmin)
        {
            throw BoardsErrors.Forbidden("access denied to team");
        }

        return await members.AddAsync(board, AddMemberHandler.MinimumRoleMember(board, actor.UserId, asAdmin), cancellationToken);
    }
}
