using Npgsql;
using Suite.Platform.Identity.Sessions;

namespace Suite.Platform.Tests.Realtime;

/// <summary>A user with a live session token.</summary>
public sealed record TestUser(string Id, string Username, string Token);

/// <summary>
/// Users and sessions written straight into the identity tables, as the sign-up and login
/// endpoints would leave them (the session stores the SHA-256 of its token).
/// </summary>
internal static class TestUsers
{
    public static async Task<TestUser> CreateAsync(string connectionString, string? username = null)
    {
        var id = Ids.New();
        var token = Ids.New();
        username ??= "user" + id[..10];
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO platform.users (id, username, email, password_hash, roles, create_at, update_at, last_password_update)
            VALUES (@id, @username, @username || '@example.com', '', 'system_user', @now, @now, @now);
            INSERT INTO platform.sessions (id, token_hash, user_id, csrf_token, create_at, expires_at, last_activity_at)
            VALUES (@session, @hash, @id, @csrf, @now, @now + 86400000, @now);
            """,
            connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("username", username);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("session", Ids.New());
        command.Parameters.AddWithValue("hash", SessionStore.Hash(token));
        command.Parameters.AddWithValue("csrf", Ids.New());
        await command.ExecuteNonQueryAsync();
        return new TestUser(id, username, token);
    }
}
