using Dapper;
using Npgsql;

namespace Suite.Platform.Identity;

/// <summary>The <see cref="IUserDirectory"/> over <c>platform.users</c>.</summary>
internal sealed class UserDirectory(NpgsqlDataSource db) : IUserDirectory
{
    private const string Columns = "id, username, delete_at > 0 AS isdeleted, is_bot AS isbot";

    public async Task<IReadOnlyList<DirectoryUser>> FindByIdsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM platform.users WHERE id = ANY(@ids)", new { ids = userIds.ToArray() }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToUser()).ToList();
    }

    public async Task<IReadOnlyList<DirectoryUser>> FindByUsernamesAsync(IReadOnlyCollection<string> usernames, CancellationToken cancellationToken = default)
    {
        if (usernames.Count == 0)
        {
            return [];
        }

        var names = usernames.Select(n => n.ToLowerInvariant()).Distinct().ToArray();
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM platform.users WHERE username = ANY(@names)", new { names }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToUser()).ToList();
    }

    public async Task<IReadOnlyList<DirectoryUser>> FindByEmailsAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default)
    {
        if (emails.Count == 0)
        {
            return [];
        }

        var addresses = emails.Select(e => e.ToLowerInvariant()).Distinct().ToArray();
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM platform.users WHERE lower(email) = ANY(@addresses)", new { addresses }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToUser()).ToList();
    }

    private sealed record Row(string Id, string Username, bool IsDeleted, bool IsBot)
    {
        public DirectoryUser ToUser() => new(Id, Username, IsDeleted, IsBot);
    }
}
