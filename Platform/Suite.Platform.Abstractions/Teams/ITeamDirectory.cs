namespace Suite.Platform.Teams;

/// <summary>Finds teams by name for modules whose routes name a team (Mattermost's <c>/teams/name/{team_name}/...</c>).</summary>
public interface ITeamDirectory
{
    /// <summary>The id of the team with this name, or null when there is none (or it is deleted).</summary>
    Task<string?> FindIdByNameAsync(string teamName, CancellationToken cancellationToken = default);

    /// <summary>The URL name of the team with this id (Mattermost's <c>team_domain</c>), or null when there is none (or it is deleted).</summary>
    Task<string?> FindNameByIdAsync(string teamId, CancellationToken cancellationToken = default);
}
