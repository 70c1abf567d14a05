using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.CreateTeam;

/// <summary>Creates a team; its creator becomes its first member and team admin.</summary>
internal sealed record CreateTeamRequest : IRequest<TeamResponse>
{
    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    /// <summary><c>O</c> (open: anyone may join) or <c>I</c> (invite only).</summary>
    public required string Type { get; init; }

    public string Description { get; init; } = "";

    public string CompanyName { get; init; } = "";

    public string AllowedDomains { get; init; } = "";
}
