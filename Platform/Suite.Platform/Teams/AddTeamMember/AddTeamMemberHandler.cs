using Dapper;
using Npgsql;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.AddTeamMember;

internal sealed class AddTeamMemberHandler(
    NpgsqlDataSource db,
    TimeProvider time,
    ICurrentUser currentUser,
    ITeamMembership membership,
    IPublisher publisher) : IRequestHandler<AddTeamMemberRequest, TeamMemberResponse>
{
    public async Task<TeamMemberResponse> Handle(AddTeamMemberRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var team = await TeamRow.FindAsync(connection, request.TeamId, cancellationToken) ?? throw TeamErrors.NotFound();
        var actorRole = await membership.GetRoleAsync(team.Id, currentUser.UserId, cancellationToken);
        var joiningOpenTeam = request.UserId == currentUser.UserId && team.AllowOpenInvite;
        if (!joiningOpenTeam && !TeamAccess.CanManage(actorRole, currentUser))
        {
            throw AppErrorException.Forbidden(request.UserId == currentUser.UserId
                ? "This team is invite only: a team admin must add you."
                : "Only team admins may add other people to a team.");
        }

        var user = await UserRow.FindAsync(connection, request.UserId, cancellationToken) ?? throw UserErrors.NotFound();
        if (!user.IsActive)
        {
            throw new AppErrorException(400, "app.team.join_user_to_team.deactivated.app_error", "A deactivated user cannot join a team.");
        }

        // Joining again after leaving revives the row as a plain member; an active member is left as is.
        var joined = await connection.QuerySingleOrDefaultAsync<TeamMemberResponse>(new CommandDefinition(
            $"""
            INSERT INTO platform.team_members AS m (team_id, user_id, scheme_user, scheme_admin, create_at)
            VALUES (@TeamId, @UserId, true, false, @Now)
            ON CONFLICT (team_id, user_id) DO UPDATE
                SET delete_at = 0, scheme_user = true, scheme_admin = false, explicit_roles = '', create_at = EXCLUDED.create_at
                WHERE m.delete_at <> 0
            RETURNING {TeamMemberResponse.Columns}
            """,
            new { request.TeamId, request.UserId, Now = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
        if (joined is null)
        {
            return await connection.QuerySingleAsync<TeamMemberResponse>(new CommandDefinition(
                $"SELECT {TeamMemberResponse.Columns} FROM platform.team_members m WHERE m.team_id = @TeamId AND m.user_id = @UserId",
                request,
                cancellationToken: cancellationToken));
        }

        await publisher.Publish(new TeamMemberAdded(request.TeamId, request.UserId, currentUser.UserId), cancellationToken);
        return joined;
    }
}
