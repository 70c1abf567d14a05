using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Channels.Contracts;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.Members;

/// <summary>Who is acting: over the API the signed-in user; through the contracts the user the request names.</summary>
internal sealed record Actor(string UserId, bool IsSystemAdmin)
{
    public static Actor Of(ICurrentUser user) => new(user.RequireUserId(), user.IsSystemAdmin);
}

/// <summary>What a user may do on a board: their effective role, and the membership it comes from.</summary>
internal sealed record BoardAccessRights(string Role, bool InTeam, bool IsTeamAdmin, BoardMembership? Member, bool Synthetic)
{
    public bool Has(BoardPermission permission) => BoardRoles.Rank(Role) >= BoardRoles.Rank(BoardRoles.Needed(permission));
}

/// <summary>
/// Focalboard's permission rules (<c>mmpermissions.HasPermissionToBoard</c>): nothing for someone
/// outside the board's team; otherwise the explicit membership, or an editor's membership by way of the
/// linked channel, raised to the board's <c>minimumRole</c>; a team or system admin who is a member
/// may do everything. Team membership alone only lets one see an open board and join it.
/// </summary>
internal sealed class BoardAccess(BoardStore store, ITeamMembership teams, ISender sender)
{
    public async Task<BoardAccessRights> RightsAsync(Board board, Actor actor, CancellationToken cancellationToken)
    {
        if (board.IsTemplate && board.TeamId == Templates.BuiltInTemplates.GlobalTeamId)
        {
            // The built-in templates: everyone signed in may read them (to preview and copy), no one may change them.
            return new BoardAccessRights(BoardRoles.Viewer, true, false, null, false);
        }

        var teamRole = await teams.GetRoleAsync(board.TeamId, actor.UserId, cancellationToken);
        var inTeam = teamRole is not null || actor.IsSystemAdmin;
        var teamAdmin = teamRole == TeamRole.Admin || actor.IsSystemAdmin;
        if (!inTeam)
        {
            return new BoardAccessRights(BoardRoles.None, false, false, null, false);
        }

        var member = await store.FindMemberAsync(board.Id, actor.UserId, cancellationToken);
        string role;
        var synthetic = false;
        if (member is not null)
        {
            role = RoleOf(member);
        }
        else if (board.ChannelId.Length > 0 && await sender.Send(new IsChannelMember(board.ChannelId, actor.UserId), cancellationToken))
        {
            role = BoardRoles.Editor;
            synthetic = true;
        }
        else
        {
            return new BoardAccessRights(BoardRoles.None, true, teamAdmin, null, false);
        }

        role = BoardRoles.Stronger(role, board.MinimumRole);
        if (teamAdmin)
        {
            role = BoardRoles.Admin;
        }

        return new BoardAccessRights(role, true, teamAdmin, member, synthetic);
    }

    /// <summary>The board when it exists and the actor has <paramref name="permission"/> on it; else 404 or 403 with <paramref name="refusal"/>.</summary>
    public async Task<(Board Board, BoardAccessRights Rights)> RequireAsync(
        string boardId, Actor actor, BoardPermission permission, string refusal, CancellationToken cancellationToken)
    {
        var board = await store.FindBoardAsync(boardId, cancellationToken) ?? throw BoardsErrors.NotFound($"board ID={boardId}");
        var rights = await RightsAsync(board, actor, cancellationToken);
        if (!rights.Has(permission))
        {
            throw BoardsErrors.Forbidden(refusal);
        }

        return (board, rights);
    }

    /// <summary>
    /// The board when the actor may read it (Focalboard's <c>GET /boards/{id}</c>): any team member for an
    /// open board, a member for a private one.
    /// </summary>
    public async Task<Board> ReadableAsync(string boardId, Actor actor, CancellationToken cancellationToken)
    {
        var board = await store.FindBoardAsync(boardId, cancellationToken) ?? throw BoardsErrors.NotFound($"board ID={boardId}");
        var rights = await RightsAsync(board, actor, cancellationToken);
        if (!rights.InTeam || (board.Type == Board.Private && !rights.Has(BoardPermission.ViewBoard)))
        {
            throw BoardsErrors.Forbidden("access denied to board");
        }

        return board;
    }

    public static string RoleOf(BoardMembership member) =>
        member.SchemeAdmin ? BoardRoles.Admin
        : member.SchemeEditor ? BoardRoles.Editor
        : member.SchemeCommenter ? BoardRoles.Commenter
        : member.SchemeViewer ? BoardRoles.Viewer
        : BoardRoles.None;

    public static BoardMemberResponse Response(Board board, BoardMembership member, bool teamAdmin = false) =>
        new(board.Id, member.UserId, "", board.MinimumRole, member.SchemeAdmin || teamAdmin, member.SchemeEditor, member.SchemeCommenter, member.SchemeViewer, false);

    public static BoardMemberResponse SyntheticResponse(Board board, string userId) =>
        new(board.Id, userId, BoardRoles.Editor, board.MinimumRole, false, true, false, false, true);
}
