using System.Text.Json;
using Dapper;
using Npgsql;

namespace Suite.Platform.Identity;

/// <summary>The <see cref="INotificationRecipients"/> over <c>platform.users</c> and the devices of their live sessions.</summary>
internal sealed class NotificationRecipients(NpgsqlDataSource db, TimeProvider time) : INotificationRecipients
{
    public async Task<IReadOnlyList<NotificationRecipient>> FindAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT u.id, u.username, u.email, u.notify_props::text AS notifyprops, u.is_bot AS isbot, u.delete_at > 0 AS isdeleted,
                   ARRAY(SELECT DISTINCT s.device_id FROM platform.sessions s
                          WHERE s.user_id = u.id AND s.device_id <> '' AND s.expires_at > @now) AS deviceids
              FROM platform.users u
             WHERE u.id = ANY(@ids)
            """,
            new { ids = userIds.ToArray(), now = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
        return rows.Select(r => new NotificationRecipient(
            r.Id,
            r.Username,
            r.Email,
            JsonSerializer.Deserialize<Dictionary<string, string>>(r.NotifyProps) ?? [],
            r.DeviceIds,
            r.IsBot,
            r.IsDeleted)).ToList();
    }

    private sealed class Row
    {
        public string Id { get; init; } = "";
        public string Username { get; init; } = "";
        public string Email { get; init; } = "";
        public string NotifyProps { get; init; } = "{}";
        public bool IsBot { get; init; }
        public bool IsDeleted { get; init; }
        public string[] DeviceIds { get; init; } = [];
    }
}
