using Dapper;
using Npgsql;
using Suite.Platform.Realtime;

namespace Suite.Platform.Teams;

/// <summary>Teams by name for modules' routes, and a team's members as the audience of team broadcasts.</summary>
internal sealed class TeamDirectory(NpgsqlDataSource db) : ITeamDirectory, ITeamAudience
{
    public async Task<string?> FindIdByNameAsync(string teamName, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT id FROM platform.teams WHERE name = @teamName AND delete_at = 0", new { teamName }, cancellationToken: cancellationToken));
    }

    public async Task<string?> FindNameByIdAsync(string teamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT name FROM platform.teams WHERE id = @teamId AND delete_at = 0", new { teamId }, cancellationToken: cancellationToken));
    }

    public async ValueTask<IReadOnlyCollection<string>> GetMemberIdsAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT user_id FROM platform.team_members WHERE team_id = @teamId AND delete_at = 0", new { teamId }, cancellationToken: cancellationToken))).AsList();
    }
}
