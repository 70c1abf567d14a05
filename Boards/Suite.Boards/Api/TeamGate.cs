using Suite.Boards.Members;
using Suite.Platform.Teams;

namespace Suite.Boards.Api;

/// <summary>Focalboard's <c>HasPermissionToTeam(view_team)</c>: a member of the team (or a system admin), else 403 with the refusal given.</summary>
internal sealed class TeamGate(ITeamMembership teams)
{
    public async Task RequireMemberAsync(string teamId, Actor actor, CancellationToken cancellationToken, string refusal = "access denied to team")
    {
        if (!actor.IsSystemAdmin && await teams.GetRoleAsync(teamId, actor.UserId, cancellationToken) is null)
        {
            throw BoardsErrors.Forbidden(refusal);
        }
    }
}
