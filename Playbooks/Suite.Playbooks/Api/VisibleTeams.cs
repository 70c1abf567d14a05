using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Teams;

namespace Suite.Playbooks.Api;

/// <summary>Narrows a list to teams the caller belongs to: one team when the query names it, else each team the candidates are in.</summary>
internal sealed class VisibleTeams(ICurrentUser user, ITeamMembership teams)
{
    /// <summary>The teams to list from; null means every team (system administrators).</summary>
    public async Task<IReadOnlyList<string>?> ResolveAsync(string? teamId, Func<Task<IReadOnlyList<string>>> candidateTeams, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(teamId))
        {
            await RequireMemberAsync(teamId, cancellationToken);
            return [teamId];
        }

        if (user.IsSystemAdmin)
        {
            return null;
        }

        var visible = new List<string>();
        foreach (var candidate in await candidateTeams())
        {
            if (await teams.GetRoleAsync(candidate, user.UserId, cancellationToken) is not null)
            {
                visible.Add(candidate);
            }
        }

        return visible;
    }

    /// <summary>Refuses (403) a caller who is neither in the team nor a system administrator.</summary>
    public async Task RequireMemberAsync(string teamId, CancellationToken cancellationToken)
    {
        if (!user.IsSystemAdmin && await teams.GetRoleAsync(teamId, user.UserId, cancellationToken) is null)
        {
            throw AppErrorException.Forbidden("You are not a member of this team.");
        }
    }
}
