using Suite.Platform.Teams;

namespace Suite.Boards.Teams;

/// <summary>Focalboard's <c>Team</c> as the Boards plugin answers it: a Mattermost team's id and display name.</summary>
internal sealed record BoardsTeam(string Id, string Title, string SignupToken, IReadOnlyDictionary<string, object> Settings, string ModifiedBy, long UpdateAt)
{
    public static BoardsTeam From(TeamResponse team) => new(team.Id, team.DisplayName, "", new Dictionary<string, object>(), "", team.UpdateAt);
}
