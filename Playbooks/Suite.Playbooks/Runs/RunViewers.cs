using Suite.Platform.Realtime;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Runs;

/// <summary>
/// Which of some users (not the caller) may see a run, by the rule <see cref="RunAccess"/> applies to the
/// caller: members of the run's team who take part in it, reported it, or may see its playbook (public, or
/// private and a member of it). Chooses who hears about a run: followers' messages and live events.
/// </summary>
internal sealed class RunViewers(PlaybookStore playbooks, ITeamAudience teams)
{
    public async Task<IReadOnlyList<string>> FilterAsync(PlaybookRun run, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var candidates = userIds.Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var teamMembers = (await teams.GetMemberIdsAsync(run.TeamId, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var inTeam = candidates.Where(teamMembers.Contains).ToList();
        if (inTeam.All(id => run.IsParticipant(id) || run.ReporterUserId == id))
        {
            return inTeam;
        }

        var playbook = run.PlaybookId.Length > 0 ? await playbooks.FindAsync(run.PlaybookId, cancellationToken) : null;
        return inTeam.Where(id => run.IsParticipant(id) || run.ReporterUserId == id || playbook is not null && (playbook.Public || playbook.IsMember(id))).ToList();
    }
}
