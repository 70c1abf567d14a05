using Dapper;
using Npgsql;

namespace Suite.Platform.Realtime;

/// <summary>Resolves <c>team_id</c> broadcasts to the team's active members, by the same rule as team membership checks.</summary>
internal sealed class TeamMembersAudience(NpgsqlDataSource db) : ITeamAudience
{
    public async ValueTask<IReadOnlyCollection<string>> GetMemberIdsAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var members = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT m.user_id FROM platform.team_members m JOIN platform.teams t ON t.id = m.team_id
             WHERE m.team_id = @teamId AND m.delete_at = 0 AND t.delete_at = 0
            """,
            new { teamId },
            cancellationToken: cancellationToken));
        return members.AsList();
    }
}
