using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Teams;

namespace Suite.Playbooks.Playbooks;

/// <summary>
/// Who may see and change a playbook: a public playbook is visible to its team, a private one to
/// its members; members edit unless <see cref="Playbook.AdminOnlyEdit"/>, admins always; system
/// administrators see and edit everything. Hidden playbooks answer 404, as if they did not exist.
/// </summary>
internal sealed class PlaybookAccess(PlaybookStore store, ICurrentUser user, ITeamMembership teams)
{
    public async Task<Playbook> ReadableAsync(string playbookId, CancellationToken cancellationToken)
    {
        var playbook = await store.FindAsync(playbookId, cancellationToken);
        if (playbook is null || !await CanViewAsync(playbook, cancellationToken))
        {
            throw PlaybookErrors.NotFound();
        }

        return playbook;
    }

    public async Task<Playbook> EditableAsync(string playbookId, CancellationToken cancellationToken)
    {
        var playbook = await ReadableAsync(playbookId, cancellationToken);
        if (!CanEdit(playbook))
        {
            throw AppErrorException.Forbidden("Only the playbook's members may edit it, and only its admins when it is admin-only.");
        }

        return playbook;
    }

    public async Task<bool> CanViewAsync(Playbook playbook, CancellationToken cancellationToken) =>
        user.IsSystemAdmin
        || (await teams.GetRoleAsync(playbook.TeamId, user.UserId, cancellationToken) is not null && (playbook.Public || playbook.IsMember(user.UserId)));

    public bool CanEdit(Playbook playbook) =>
        user.IsSystemAdmin || playbook.IsAdmin(user.UserId) || (playbook.IsMember(user.UserId) && !playbook.AdminOnlyEdit);

    public bool IsAdmin(Playbook playbook) => user.IsSystemAdmin || playbook.IsAdmin(user.UserId);
}
