using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUserByEmail;

/// <summary>Any signed-in user may look a user up by email, as in Mattermost with <c>ShowEmailAddress</c> on (Suite's only setting).</summary>
internal sealed class GetUserByEmailHandler(NpgsqlDataSource db, ICurrentUser currentUser) : IRequestHandler<GetUserByEmailRequest, UserResponse>
{
    public async Task<UserResponse> Handle(GetUserByEmailRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"SELECT {UserRow.Columns} FROM platform.users u WHERE u.email = lower(@Email)",
            request,
            cancellationToken: cancellationToken));
        return UserResponses.For(row ?? throw UserErrors.NotFound(), currentUser);
    }
}
