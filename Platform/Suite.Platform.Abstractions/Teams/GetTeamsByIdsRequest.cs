using Suite.Platform.Mediator;

namespace Suite.Platform.Teams;

/// <summary>Teams by id, deleted ones included, for system admins (as Mattermost's system console lists channels with their teams).</summary>
/// <param name="TeamIds">The teams; unknown ids are left out of the answer.</param>
public sealed record GetTeamsByIdsRequest(IReadOnlyCollection<string> TeamIds) : IRequest<IReadOnlyList<TeamResponse>>, ISystemAdminRequest;
