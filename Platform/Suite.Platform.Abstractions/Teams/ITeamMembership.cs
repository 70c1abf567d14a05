namespace Suite.Platform.Teams;

/// <summary>A user's role in a team they belong to.</summary>
public enum TeamRole
{
    /// <summary>A member (<c>team_user</c>).</summary>
    Member = 0,

    /// <summary>A team administrator (<c>team_user team_admin</c>).</summary>
    Admin = 1,
}

/// <summary>Answers who belongs to which team; implemented by the Platform.</summary>
public interface ITeamMembership
{
    /// <summary>
    /// The user's role in the team, or null when the user is not an active member (never joined,
    /// left or was removed) or the team does not exist.
    /// </summary>
    Task<TeamRole?> GetRoleAsync(string teamId, string userId, CancellationToken cancellationToken = default);
}
