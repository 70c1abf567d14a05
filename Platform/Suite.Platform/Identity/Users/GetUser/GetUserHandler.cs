using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.GetUser;

internal sealed class GetUserHandler(NpgsqlDataSource db, ICurrentUser currentUser) : IRequestHandler<GetUserRequest, UserResponse>
{
    public async Task<UserResponse> Handle(GetUserRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var row = await UserRow.FindAsync(connection, request.UserId, cancellationToken) ?? throw UserErrors.NotFound();
        return UserResponses.For(row, currentUser);
    }
}
