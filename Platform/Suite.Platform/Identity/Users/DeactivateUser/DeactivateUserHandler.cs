using Npgsql;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.DeactivateUser;

internal sealed class DeactivateUserHandler(NpgsqlDataSource db, TimeProvider time, SessionCache sessions) : IRequestHandler<DeactivateUserRequest, Unit>
{
    public async Task<Unit> Handle(DeactivateUserRequest request, CancellationToken cancellationToken)
    {
        var found = await UserActivation.DeactivateAsync(db, request.UserId, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        sessions.InvalidateUser(request.UserId);
        return found ? Unit.Value : throw UserErrors.NotFound();
    }
}
