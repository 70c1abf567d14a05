using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;
using Suite.Platform;
using Suite.Testing;

namespace Suite.Licensing.Tests;

/// <summary>A signed-in account and a client carrying its token.</summary>
public sealed record Account(string Id, string Username, string Token, HttpClient Client) : IDisposable
{
    public void Dispose() => Client.Dispose();
}

/// <summary>Accounts with live sessions on a test server.</summary>
public static class Accounts
{
    public static Task<Account> AdminAsync(SuiteTestServer server) => CreateAsync(server, "system_admin system_user");

    public static Task<Account> UserAsync(SuiteTestServer server) => CreateAsync(server, "system_user");

    public static HttpClient Anonymous(SuiteTestServer server) => server.CreateClient();

    // Written straight into the Platform's tables until the identity endpoints are merged.
    private static async Task<Account> CreateAsync(SuiteTestServer server, string roles)
    {
        var id = Ids.New();
        var username = "u" + Guid.NewGuid().ToString("N")[..12];
        var token = Ids.New() + Ids.New();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.ExecuteAsync(
            """
            INSERT INTO platform.users (id, username, email, password_hash, first_name, last_name, roles, create_at, update_at, last_password_update)
            VALUES (@id, @username, @email, 'x', 'Test', 'Admin', @roles, @now, @now, @now);
            INSERT INTO platform.sessions (id, token_hash, user_id, csrf_token, create_at, expires_at, last_activity_at)
            VALUES (@sessionId, @hash, @id, @csrf, @now, @expires, @now);
            """,
            new
            {
                id,
                username,
                email = $"{username}@example.com",
                roles,
                now,
                sessionId = Ids.New(),
                hash = SHA256.HashData(Encoding.UTF8.GetBytes(token)),
                csrf = Ids.New(),
                expires = now + (long)TimeSpan.FromDays(3650).TotalMilliseconds,
            });
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new Account(id, username, token, client);
    }
}
