using Npgsql;

namespace Suite.Testing;

/// <summary>Reads a test server's database directly, to check what an API call did or did not store.</summary>
public static class TestDatabase
{
    /// <summary>Runs a query returning one value; <paramref name="parameters"/> fill <c>@name</c> placeholders.</summary>
    public static async Task<T?> ScalarAsync<T>(this SuiteTestServer server, string sql, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(server);
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    /// <summary>Runs a statement (for example to move a stored time into the past); returns the rows affected.</summary>
    public static async Task<int> ExecuteAsync(this SuiteTestServer server, string sql, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(server);
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync();
    }
}
