using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.GetTeam;

/// <summary>One team by id: members and system admins see any team, others only open teams.</summary>
internal sealed record GetTeamRequest(string TeamId) : IRequest<TeamResponse>;
