using Dapper;
using Npgsql;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.RemoveTeamMember;

internal sealed class RemoveTeamMemberHandler(
    NpgsqlDataSource db,
    TimeProvider time,
    ICurrentUser currentUser,
    ITeamMembership membership,
    IPublisher publisher) : IRequestHandler<RemoveTeamMemberRequest, Unit>
{
    public async Task<Unit> Handle(RemoveTeamMemberRequest request, CancellationToken cancellationToken)
    {
        if (request.UserId != currentUser.UserId)
        {
            var actorRole = await membership.GetRoleAsync(request.TeamId, currentUser.UserId, cancellationToken);
            if (!TeamAccess.CanManage(actorRole, currentUser))
            {
                throw AppErrorException.Forbidden("Only team admins may remove other people from a team.");
            }
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var removed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE platform.team_members SET delete_at = @Now
             WHERE team_id = @TeamId AND user_id = @UserId AND delete_at = 0
            """,
            new { request.TeamId, request.UserId, Now = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
        if (removed == 0)
        {
            throw TeamErrors.MemberNotFound();
        }

        await publisher.Publish(new TeamMemberRemoved(request.TeamId, request.UserId, currentUser.UserId), cancellationToken);
        return Unit.Value;
    }
}
