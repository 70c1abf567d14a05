using Marten;
using Suite.Platform;
using Suite.Platform.Documents;

namespace Suite.Playbooks.PropertyFields;

/// <summary>Playbooks' property fields, one Marten document each; deleted ones stay, marked, as Mattermost keeps them.</summary>
internal sealed class PropertyFieldStore(ModuleDocumentStore<PlaybooksModule> documents)
{
    /// <summary>Most fields one playbook may define, as in Mattermost.</summary>
    public const int MaxPerPlaybook = 20;

    /// <summary>The playbook's fields in use, in their order.</summary>
    public async Task<List<PropertyField>> ListAsync(string playbookId, CancellationToken cancellationToken, long updatedSince = 0)
    {
        await using var session = documents.Store.QuerySession();
        var fields = await session.Query<PropertyField>()
            .Where(f => f.TargetId == playbookId && f.TargetType == PropertyTargets.Playbook && f.DeleteAt == 0)
            .ToListAsync(cancellationToken);
        return fields.Where(f => f.UpdateAt > updatedSince).OrderBy(f => f.Attrs.SortOrder).ThenBy(f => f.CreateAt).ToList();
    }

    public async Task<PropertyField?> FindAsync(string playbookId, string fieldId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        var field = await session.LoadAsync<PropertyField>(fieldId, cancellationToken);
        return field is { TargetType: PropertyTargets.Playbook, DeleteAt: 0 } && field.TargetId == playbookId ? field : null;
    }

    public async Task SaveAsync(IEnumerable<PropertyField> fields, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Store(fields.ToArray());
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The playbook's fields as a new run's own: fresh ids, pointing back at the playbook's through <c>parent_id</c>.</summary>
    public async Task<List<PropertyField>> CopyForRunAsync(string playbookId, string runId, long now, CancellationToken cancellationToken) =>
        (await ListAsync(playbookId, cancellationToken)).Select(field => CopyOf(field, runId, PropertyTargets.Run, parentId: field.Id, now)).ToList();

    /// <summary>The original's fields as a duplicated playbook's own, with fresh ids, by the original field's id.</summary>
    public async Task<Dictionary<string, PropertyField>> CopyForPlaybookAsync(string sourceId, string copyId, long now, CancellationToken cancellationToken) =>
        (await ListAsync(sourceId, cancellationToken)).ToDictionary(field => field.Id, field => CopyOf(field, copyId, PropertyTargets.Playbook, parentId: "", now), StringComparer.Ordinal);

    private static PropertyField CopyOf(PropertyField field, string targetId, string targetType, string parentId, long now)
    {
        var copy = field.Copy();
        copy.Id = Ids.New();
        copy.TargetId = targetId;
        copy.TargetType = targetType;
        copy.Attrs.ParentId = parentId;
        copy.CreateAt = now;
        copy.UpdateAt = now;
        return copy;
    }
}
