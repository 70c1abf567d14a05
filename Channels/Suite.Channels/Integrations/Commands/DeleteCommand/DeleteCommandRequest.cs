using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.DeleteCommand;

/// <summary><c>DELETE /api/v4/commands/{command_id}</c>: for the team's admins.</summary>
internal sealed record DeleteCommandRequest(string CommandId) : IRequest<Unit>;
