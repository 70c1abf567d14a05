using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Teams;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Runs;

/// <summary>
/// Who may see and work a run. Its participants see and work it; people who may see its playbook
/// see it; a playbook's admins also work and finish it; only the owner and admins (the playbook's,
/// the team's, the system's) finish, restore or hand it over, fewer when the playbook
/// sets <c>owner_group_only_actions</c>. Outside the team nobody sees anything.
/// </summary>
internal sealed class RunAccess(RunStore runs, Timeline.RunTimeline timeline, PlaybookStore playbooks, PlaybookAccess playbookAccess, ICurrentUser user, ITeamMembership teams)
{
    /// <summary>The run with its timeline, for answers that show the timeline.</summary>
    public async Task<PlaybookRun> ReadableWithTimelineAsync(string runId, CancellationToken cancellationToken) =>
        await timeline.FillAsync(await ReadableAsync(runId, cancellationToken), cancellationToken);

    public async Task<PlaybookRun> ReadableAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await runs.FindAsync(runId, cancellationToken) ?? throw RunErrors.NotFound();
        if (!await CanViewAsync(run, cancellationToken))
        {
            throw RunErrors.NotFound();
        }

        return run;
    }

    /// <summary>The run, when the caller may change its checklists, status and timeline.</summary>
    public async Task<PlaybookRun> WorkableAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await ReadableAsync(runId, cancellationToken);
        if (!run.IsParticipant(user.UserId) && !user.IsSystemAdmin && !await IsPlaybookAdminAsync(run, cancellationToken))
        {
            throw AppErrorException.Forbidden("Only the run's participants may change it.");
        }

        return run;
    }

    /// <summary>
    /// The run, when the caller may finish, restore or (<paramref name="handover"/>) hand it over. When the
    /// playbook sets <c>owner_group_only_actions</c>, as in Mattermost's plugin, only the owner or a system
    /// admin may, and for a handover the playbook's admins too; team admins no longer may.
    /// </summary>
    public async Task<PlaybookRun> OwnedAsync(string runId, bool handover, CancellationToken cancellationToken)
    {
        var run = await ReadableAsync(runId, cancellationToken);
        if (run.OwnerUserId == user.UserId || user.IsSystemAdmin)
        {
            return run;
        }

        var playbook = run.PlaybookId.Length > 0 ? await playbooks.FindAsync(run.PlaybookId, cancellationToken) : null;
        var playbookAdmin = playbook is not null && playbook.IsAdmin(user.UserId);
        if (playbook is { OwnerGroupOnlyActions: true })
        {
            return handover && playbookAdmin ? run
                : throw AppErrorException.Forbidden("This playbook lets only the run's owner or a system admin do this.");
        }

        if (!playbookAdmin && await teams.GetRoleAsync(run.TeamId, user.UserId, cancellationToken) != TeamRole.Admin)
        {
            throw AppErrorException.Forbidden("Only the run's owner or an admin may do this.");
        }

        return run;
    }

    public async Task<bool> CanViewAsync(PlaybookRun run, CancellationToken cancellationToken)
    {
        if (user.IsSystemAdmin)
        {
            return true;
        }

        if (await teams.GetRoleAsync(run.TeamId, user.UserId, cancellationToken) is null)
        {
            return false;
        }

        if (run.IsParticipant(user.UserId) || run.ReporterUserId == user.UserId)
        {
            return true;
        }

        return run.PlaybookId.Length > 0
            && await playbooks.FindAsync(run.PlaybookId, cancellationToken) is { } playbook
            && await playbookAccess.CanViewAsync(playbook, cancellationToken);
    }

    private async Task<bool> IsPlaybookAdminAsync(PlaybookRun run, CancellationToken cancellationToken) =>
        run.PlaybookId.Length > 0 && await playbooks.FindAsync(run.PlaybookId, cancellationToken) is { } playbook && playbook.IsAdmin(user.UserId);
}
