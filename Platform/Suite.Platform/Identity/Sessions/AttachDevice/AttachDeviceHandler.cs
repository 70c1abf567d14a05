using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Sessions.AttachDevice;

internal sealed class AttachDeviceHandler(NpgsqlDataSource db, ICurrentUser currentUser) : IRequestHandler<AttachDeviceRequest, Unit>
{
    public async Task<Unit> Handle(AttachDeviceRequest request, CancellationToken cancellationToken)
    {
        // One device belongs to one session: a device that signs in again must not get each push twice.
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE platform.sessions SET device_id = '' WHERE device_id = @DeviceId AND id <> @sessionId;
            UPDATE platform.sessions SET device_id = @DeviceId WHERE id = @sessionId;
            """,
            new { request.DeviceId, sessionId = currentUser.SessionId },
            cancellationToken: cancellationToken));
        return Unit.Value;
    }
}
