using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeamByName;

/// <summary>One team by its URL name, visible as <see cref="GetTeam.GetTeamRequest"/>.</summary>
internal sealed record GetTeamByNameRequest(string Name) : IRequest<TeamResponse>;
