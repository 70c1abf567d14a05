using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.DeactivateUser;

internal sealed class DeactivateUserHandler(NpgsqlDataSource db, TimeProvider time) : IRequestHandler<DeactivateUserRequest, Unit>
{
    public async Task<Unit> Handle(DeactivateUserRequest request, CancellationToken cancellationToken) =>
        await UserActivation.DeactivateAsync(db, request.UserId, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken)
            ? Unit.Value
            : throw UserErrors.NotFound();
}
