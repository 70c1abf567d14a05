using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.GetCommands;

/// <summary>
/// <c>GET /api/v4/commands?team_id=&amp;custom_only=</c>: the built-ins (unless <c>custom_only</c>) and the team's
/// custom commands, sanitised for callers who are not team admins.
/// </summary>
internal sealed record GetCommandsRequest(string TeamId, bool CustomOnly) : IRequest<IReadOnlyList<Command>>, ITeamScopedRequest;
