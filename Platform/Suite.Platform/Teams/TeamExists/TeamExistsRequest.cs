using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.TeamExists;

/// <summary>Whether a team name is taken (so a new team can pick a free one).</summary>
internal sealed record TeamExistsRequest(string Name) : IRequest<TeamExistsResponse>;

/// <summary><c>{"exists": bool}</c>.</summary>
internal sealed record TeamExistsResponse(bool Exists);
