using JasperFx;
using Marten;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Realtime;
using Suite.Platform.Teams;

namespace Suite.Boards.Members;

/// <summary>
/// Writes memberships as Focalboard's app layer does: adding an existing member changes nothing, and
/// no change may leave a board without an admin (400 "cannot leave a board with no admins").
/// </summary>
internal sealed class BoardMembers(BoardStore store, BoardBroadcaster broadcaster, ITeamMembership teams)
{
    /// <summary>Adds the membership unless the user already has one; answers the membership the user has.</summary>
    public async Task<BoardMemberResponse> AddAsync(Board board, BoardMembership member, CancellationToken cancellationToken)
    {
        member.Id = BoardMembership.IdOf(board.Id, member.UserId);
        member.BoardId = board.Id;
        var existing = await store.FindMemberAsync(board.Id, member.UserId, cancellationToken);
        if (existing is not null)
        {
            return await ResponseAsync(board, existing, cancellationToken);
        }

        await using (var session = store.Session())
        {
            session.Insert(member);
            try
            {
                await session.SaveChangesAsync(cancellationToken);
            }
            catch (DocumentAlreadyExistsException)
            {
                // A concurrent add of the same user won; theirs is the membership.
                return await ResponseAsync(board, (await store.FindMemberAsync(board.Id, member.UserId, cancellationToken))!, cancellationToken);
            }
        }

        var response = await ResponseAsync(board, member, cancellationToken);
        await broadcaster.MemberChangedAsync(board, response, cancellationToken);
        return response;
    }

    /// <summary>Replaces the scheme flags of an existing membership; null when the user is not a member.</summary>
    public async Task<BoardMemberResponse?> UpdateAsync(Board board, MemberBody roles, CancellationToken cancellationToken)
    {
        var changed = await ChangeGuardingLastAdminAsync(board, roles.UserId, member =>
        {
            member.SchemeAdmin = roles.SchemeAdmin;
            member.SchemeEditor = roles.SchemeEditor;
            member.SchemeCommenter = roles.SchemeCommenter;
            member.SchemeViewer = roles.SchemeViewer;
        }, cancellationToken);
        if (changed is null)
        {
            return null;
        }

        var response = await ResponseAsync(board, changed, cancellationToken);
        await broadcaster.MemberChangedAsync(board, response, cancellationToken);
        return response;
    }

    /// <summary>Removes the membership; nothing when there is none.</summary>
    public async Task RemoveAsync(Board board, string userId, CancellationToken cancellationToken)
    {
        var removed = await ChangeGuardingLastAdminAsync(board, userId, null, cancellationToken);
        if (removed is not null)
        {
            await broadcaster.MemberDeletedAsync(board, userId, cancellationToken);
        }
    }

    public async Task<BoardMemberResponse> ResponseAsync(Board board, BoardMembership member, CancellationToken cancellationToken) =>
        BoardAccess.Response(board, member, await teams.GetRoleAsync(board.TeamId, member.UserId, cancellationToken) == TeamRole.Admin);

    // The last-admin rule reads every membership of the board and changes one; a transaction-scoped
    // advisory lock per board makes concurrent role changes take turns, so two admins demoting each
    // other cannot both succeed.
    private async Task<BoardMembership?> ChangeGuardingLastAdminAsync(Board board, string userId, Action<BoardMembership>? change, CancellationToken cancellationToken)
    {
        await using var session = store.Session();
        await session.BeginTransactionAsync(cancellationToken);
        await session.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) as locked", cancellationToken, board.Id);
        var member = await session.LoadAsync<BoardMembership>(BoardMembership.IdOf(board.Id, userId), cancellationToken);
        if (member is null)
        {
            return null;
        }

        var wasAdmin = member.SchemeAdmin;
        change?.Invoke(member);
        var staysAdmin = change is not null && member.SchemeAdmin;
        if (wasAdmin && !staysAdmin)
        {
            var otherAdmins = await session.Query<BoardMembership>().CountAsync(m => m.BoardId == board.Id && m.SchemeAdmin && m.UserId != userId, cancellationToken);
            if (otherAdmins == 0)
            {
                throw BoardsErrors.BadRequest("cannot leave a board with no admins");
            }
        }

        if (change is null)
        {
            session.Delete(member);
        }
        else
        {
            session.Store(member);
        }

        await session.SaveChangesAsync(cancellationToken);
        return member;
    }
}
