using Dapper;
using Npgsql;

namespace Suite.Platform.Teams;

/// <summary>The <see cref="ITeamDirectory"/> over <c>platform.teams</c>.</summary>
internal sealed class TeamDirectory(NpgsqlDataSource db) : ITeamDirectory
{
    public async Task<string?> FindIdByNameAsync(string teamName, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT id FROM platform.teams WHERE name = @teamName AND delete_at = 0", new { teamName }, cancellationToken: cancellationToken));
    }
}
