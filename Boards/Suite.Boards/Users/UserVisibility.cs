using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Boards.Users;

/// <summary>
/// Focalboard's <c>CanSeeUser</c> in Mattermost: one sees oneself, a system admin everyone, anyone else the
/// people who share a team with them.
/// </summary>
internal sealed class UserVisibility(ISender sender, ITeamMembership teams, ICurrentUser user)
{
    public async Task<IReadOnlyList<UserResponse>> VisibleAsync(IReadOnlyList<UserResponse> users, CancellationToken cancellationToken)
    {
        if (user.IsSystemAdmin)
        {
            return users;
        }

        var myTeams = await sender.Send(new GetUserTeamsRequest(user.UserId), cancellationToken);
        var visible = new List<UserResponse>(users.Count);
        foreach (var other in users)
        {
            if (other.Id == user.UserId || await SharesATeamAsync(myTeams, other.Id, cancellationToken))
            {
                visible.Add(other);
            }
        }

        return visible;
    }

    private async Task<bool> SharesATeamAsync(IReadOnlyList<TeamResponse> myTeams, string otherId, CancellationToken cancellationToken)
    {
        foreach (var team in myTeams)
        {
            if (await teams.GetRoleAsync(team.Id, otherId, cancellationToken) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
