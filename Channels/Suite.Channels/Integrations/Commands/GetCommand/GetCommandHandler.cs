using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.GetCommand;

internal sealed class GetCommandHandler(CommandAccess access) : IRequestHandler<GetCommandRequest, Command>
{
    public Task<Command> Handle(GetCommandRequest request, CancellationToken cancellationToken) =>
        access.RequireManageableAsync(request.CommandId, hideRefusal: true, cancellationToken);
}
