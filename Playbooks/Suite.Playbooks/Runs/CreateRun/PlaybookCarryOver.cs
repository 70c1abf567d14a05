using Suite.Playbooks.Conditions;
using Suite.Playbooks.Playbooks;
using Suite.Playbooks.Playbooks.AutoFollows;
using Suite.Playbooks.PropertyFields;

namespace Suite.Playbooks.Runs.CreateRun;

/// <summary>
/// What a new run takes from its playbook besides the template: copies of its attribute fields and of the conditions
/// over them (which show or hide its items), and its auto-followers as followers.
/// </summary>
internal sealed class PlaybookCarryOver(PropertyFieldStore fields, AutoFollowStore autoFollows, RunConditions conditions)
{
    public async Task ApplyAsync(Playbook playbook, PlaybookRun run, long now, CancellationToken cancellationToken)
    {
        run.PropertyFields = await fields.CopyForRunAsync(playbook.Id, run.Id, now, cancellationToken);
        await conditions.CopyAsync(playbook.Id, run, now, cancellationToken);
        run.FollowerIds = (await autoFollows.UserIdsAsync(playbook.Id, cancellationToken)).Union(run.FollowerIds, StringComparer.Ordinal).ToList();
    }
}
