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
    public async Task<List<PropertyField>> CopyForRunAsync(string playbookId, string runId, long now, CancellationToken cancellationToken)
    {
        var fields = await ListAsync(playbookId, cancellationToken);
        return fields.Select(field =>
        {
            var copy = field.Copy();
            copy.Id = Ids.New();
            copy.TargetId = runId;
            copy.TargetType = PropertyTargets.Run;
            copy.Attrs.ParentId = field.Id;
            copy.CreateAt = now;
            copy.UpdateAt = now;
            return copy;
        }).ToList();
    }
}
