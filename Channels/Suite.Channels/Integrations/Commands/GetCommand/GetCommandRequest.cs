using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.GetCommand;

/// <summary><c>GET /api/v4/commands/{command_id}</c>: for the command's creator and the team's admins.</summary>
internal sealed record GetCommandRequest(string CommandId) : IRequest<Command>;
