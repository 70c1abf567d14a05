using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.DeleteCommand;

internal sealed class DeleteCommandHandler(CommandStore store, IntegrationAccess access, TimeProvider time) : IRequestHandler<DeleteCommandRequest, Unit>
{
    public async Task<Unit> Handle(DeleteCommandRequest request, CancellationToken cancellationToken)
    {
        var command = await store.FindAsync(request.CommandId, cancellationToken)
            ?? throw new AppErrorException(404, "api.command.get.app_error", "Unable to find the command.");
        await access.EnsureTeamAdminAsync(command.TeamId, cancellationToken);
        await store.DeleteAsync(command.Id, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        return Unit.Value;
    }
}
