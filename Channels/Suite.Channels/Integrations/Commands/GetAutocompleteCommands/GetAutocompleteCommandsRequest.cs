using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.GetAutocompleteCommands;

/// <summary>
/// <c>GET /api/v4/teams/{team_id}/commands/autocomplete</c>: the commands offered while typing <c>/</c> in
/// the team (built-ins and the custom commands with auto_complete on, without their secrets); for team members.
/// </summary>
internal sealed record GetAutocompleteCommandsRequest(string TeamId) : IRequest<IReadOnlyList<Command>>, ITeamScopedRequest;
