using Dapper;
using Npgsql;

namespace Suite.Platform.Teams;

/// <summary>Team membership from <c>platform.team_members</c>, for the authorization behaviour and handlers.</summary>
internal sealed class TeamMembership(NpgsqlDataSource db) : ITeamMembership
{
    public async Task<TeamRole?> GetRoleAsync(string teamId, string userId, CancellationToken cancellationToken = default)
    {
        if (teamId.Length == 0 || userId.Length == 0)
        {
            return null;
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var admin = await connection.QuerySingleOrDefaultAsync<bool?>(new CommandDefinition(
            """
            SELECT m.scheme_admin FROM platform.team_members m JOIN platform.teams t ON t.id = m.team_id
             WHERE m.team_id = @teamId AND m.user_id = @userId AND m.delete_at = 0 AND t.delete_at = 0
            """,
            new { teamId, userId },
            cancellationToken: cancellationToken));
        return admin switch
        {
            null => null,
            true => TeamRole.Admin,
            false => TeamRole.Member,
        };
    }
}
