using Dapper;
using Npgsql;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Platform.Identity.Users.SearchUsers;

internal sealed class SearchUsersHandler(NpgsqlDataSource db, ICurrentUser currentUser, ITeamMembership teams)
    : IRequestHandler<SearchUsersRequest, IReadOnlyList<UserResponse>>
{
    public async Task<IReadOnlyList<UserResponse>> Handle(SearchUsersRequest request, CancellationToken cancellationToken)
    {
        if (request.TeamId.Length > 0)
        {
            await teams.RequireMemberAsync(currentUser, request.TeamId, cancellationToken);
        }

        var prefix = EscapeLike(request.Term.Trim().TrimStart('@').ToLowerInvariant()) + "%";
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserRow>(new CommandDefinition(
            $"""
            SELECT {UserRow.Columns} FROM platform.users u
             WHERE (@AllowInactive OR u.delete_at = 0)
               AND (@TeamId = '' OR EXISTS (SELECT 1 FROM platform.team_members m WHERE m.team_id = @TeamId AND m.user_id = u.id AND m.delete_at = 0))
               AND (u.username LIKE @Prefix
                    OR lower(u.first_name) LIKE @Prefix
                    OR lower(u.last_name) LIKE @Prefix
                    OR lower(u.first_name || ' ' || u.last_name) LIKE @Prefix
                    OR lower(u.nickname) LIKE @Prefix
                    OR lower(u.email) LIKE @Prefix)
             ORDER BY u.username
             LIMIT @Limit
            """,
            new { request.AllowInactive, request.TeamId, Prefix = prefix, request.Limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => UserResponses.For(r, currentUser)).ToList();
    }

    private static string EscapeLike(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
