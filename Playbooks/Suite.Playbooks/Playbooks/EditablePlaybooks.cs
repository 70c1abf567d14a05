using Marten.Patching;

namespace Suite.Playbooks.Playbooks;

/// <summary>For changes that sit beside a playbook (its members, its property fields): who may make them, and the playbook's <c>update_at</c>.</summary>
internal sealed class EditablePlaybooks(PlaybookAccess access, PlaybookStore store)
{
    /// <summary>The playbook, when the caller may edit it and it is not archived (400, as Mattermost).</summary>
    public async Task<Playbook> ActiveAsync(string playbookId, CancellationToken cancellationToken)
    {
        var playbook = await access.EditableAsync(playbookId, cancellationToken);
        return playbook.DeleteAt == 0 ? playbook : throw PlaybookErrors.Archived();
    }

    public async Task TouchAsync(string playbookId, long now, CancellationToken cancellationToken)
    {
        await using var session = store.Session();
        session.Patch<Playbook>(playbookId).Set(p => p.UpdateAt, now);
        await session.SaveChangesAsync(cancellationToken);
    }
}
