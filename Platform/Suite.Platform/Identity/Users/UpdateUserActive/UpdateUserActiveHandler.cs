using Npgsql;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.UpdateUserActive;

internal sealed class UpdateUserActiveHandler(NpgsqlDataSource db, TimeProvider time, SessionCache sessions) : IRequestHandler<UpdateUserActiveRequest, Unit>
{
    public async Task<Unit> Handle(UpdateUserActiveRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var found = request.Active
            ? await UserActivation.ReactivateAsync(db, request.UserId, now, cancellationToken)
            : await UserActivation.DeactivateAsync(db, request.UserId, now, cancellationToken);
        sessions.InvalidateUser(request.UserId);
        return found ? Unit.Value : throw UserErrors.NotFound();
    }
}
