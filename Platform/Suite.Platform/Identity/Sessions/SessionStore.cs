using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;

namespace Suite.Platform.Identity.Sessions;

/// <summary>Sessions and personal access tokens in PostgreSQL, looked up by the SHA-256 of the presented token.</summary>
internal sealed class SessionStore(NpgsqlDataSource db, TimeProvider time) : ISessionStore
{
    public async Task<SessionPrincipal?> FindByTokenAsync(string token, CancellationToken cancellationToken) =>
        (await FindWithExpiryAsync(token, cancellationToken))?.Principal;

    /// <summary>The live session and when it expires (0 for an access token without expiry).</summary>
    public async Task<(SessionPrincipal Principal, long ExpiresAt)?> FindWithExpiryAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is 0 or > 128)
        {
            return null;
        }

        var hash = Hash(token);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SessionRow>(new CommandDefinition(
            """
            SELECT s.id, s.user_id AS userid, u.roles, s.csrf_token AS csrftoken, s.expires_at AS expiresat, u.is_bot AS isbot
              FROM platform.sessions s JOIN platform.users u ON u.id = s.user_id
             WHERE s.token_hash = @hash AND s.expires_at > @now AND u.delete_at = 0
            UNION ALL
            SELECT t.id, t.user_id, u.roles, '', t.expires_at, u.is_bot
              FROM platform.access_tokens t JOIN platform.users u ON u.id = t.user_id
             WHERE t.token_hash = @hash AND t.is_active AND (t.expires_at = 0 OR t.expires_at > @now) AND u.delete_at = 0
            LIMIT 1
            """,
            new { hash, now },
            cancellationToken: cancellationToken));
        return row is null ? null : (new SessionPrincipal(row.UserId, row.Id, row.Roles, row.CsrfToken, row.IsBot), row.ExpiresAt);
    }

    public async Task<IReadOnlySet<string>> FindLiveAsync(IReadOnlyCollection<string> sessionIds, CancellationToken cancellationToken)
    {
        if (sessionIds.Count == 0)
        {
            return new HashSet<string>();
        }

        var ids = sessionIds.ToArray();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var live = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT s.id
              FROM platform.sessions s JOIN platform.users u ON u.id = s.user_id
             WHERE s.id = ANY(@ids) AND s.expires_at > @now AND u.delete_at = 0
            UNION ALL
            SELECT t.id
              FROM platform.access_tokens t JOIN platform.users u ON u.id = t.user_id
             WHERE t.id = ANY(@ids) AND t.is_active AND (t.expires_at = 0 OR t.expires_at > @now) AND u.delete_at = 0
            """,
            new { ids, now },
            cancellationToken: cancellationToken));
        return live.ToHashSet(StringComparer.Ordinal);
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private sealed record SessionRow(string Id, string UserId, string Roles, string CsrfToken, long ExpiresAt, bool IsBot);
}
