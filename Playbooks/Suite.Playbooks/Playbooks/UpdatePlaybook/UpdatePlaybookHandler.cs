using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Licensing;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;
using Suite.Playbooks.FollowUps;
using Suite.Playbooks.Playbooks.Members;

namespace Suite.Playbooks.Playbooks.UpdatePlaybook;

internal sealed class UpdatePlaybookHandler(PlaybookStore store, PlaybookAccess access, ICurrentUser user, IFeatureGate gate, FollowUpBoard followUpBoard, ITeamMembership teams, TimeProvider time)
    : IRequestHandler<UpdatePlaybookRequest, Playbook>
{
    public async Task<Playbook> Handle(UpdatePlaybookRequest request, CancellationToken cancellationToken)
    {
        var current = await access.EditableAsync(request.PlaybookId, cancellationToken);
        var next = request.Playbook;
        if (next.TeamId != current.TeamId)
        {
            throw AppErrorException.InvalidBody("team_id", "A playbook cannot move to another team.");
        }

        gate.RequireFor(next, before: current);
        await followUpBoard.CheckAsync(next, current, cancellationToken);
        var isAdmin = access.IsAdmin(current);
        if (!isAdmin && MembersChanged(current, next))
        {
            throw AppErrorException.Forbidden("Only the playbook's admins change its members.");
        }

        // As in Mattermost's plugin: the flag decides who may finish and hand over runs in progress.
        if (!isAdmin && next.OwnerGroupOnlyActions != current.OwnerGroupOnlyActions)
        {
            throw AppErrorException.Forbidden("Only the playbook's admins change owner_group_only_actions.");
        }

        await teams.RequireTeamMembersAsync(next, before: current, cancellationToken);

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        next.Id = current.Id;
        next.CreateAt = current.CreateAt;
        next.DeleteAt = current.DeleteAt;
        next.NumRuns = current.NumRuns;
        next.LastRunAt = current.LastRunAt;
        next.UpdateAt = now;
        if (isAdmin && !user.IsSystemAdmin)
        {
            PlaybookWrites.EnsureAdmin(next, user.UserId);
        }

        PlaybookWrites.AssignIds(next, now);
        await store.SaveAsync(next, cancellationToken);
        return next;
    }

    private static bool MembersChanged(Playbook current, Playbook next) =>
        !current.Members.Select(Key).Order(StringComparer.Ordinal).SequenceEqual(next.Members.Select(Key).Order(StringComparer.Ordinal));

    private static string Key(PlaybookMember member) => member.UserId + ":" + string.Join(',', member.Roles.Order(StringComparer.Ordinal));
}
