using Suite.Platform.Errors;
using Suite.Playbooks.PropertyFields;

namespace Suite.Playbooks.Conditions;

/// <summary>
/// Keeps a playbook's conditions meaningful, as the plugin does: a field they name cannot be deleted or change type, and
/// an option they list cannot be removed (409, naming what to change first).
/// </summary>
internal sealed class ConditionReferences(ConditionStore conditions)
{
    public async Task EnsureDeletableAsync(string playbookId, PropertyField field, CancellationToken cancellationToken)
    {
        var naming = await NamingAsync(playbookId, field.Id, cancellationToken);
        if (naming > 0)
        {
            throw InUse($"cannot delete property field '{field.Name}': it is referenced by {naming} condition(s). Please remove or update the conditions before deleting this field");
        }
    }

    public async Task EnsureChangeableAsync(string playbookId, PropertyField existing, PropertyField updated, CancellationToken cancellationToken)
    {
        if (existing.Type != updated.Type && await NamingAsync(playbookId, existing.Id, cancellationToken) is > 0 and var naming)
        {
            throw InUse($"cannot change type of property field '{updated.Name}' from '{existing.Type}' to '{updated.Type}': it is referenced by {naming} condition(s). Please remove or update the conditions before changing the field type");
        }

        var kept = updated.Attrs.Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var removed = existing.Attrs.Options.Where(o => !kept.Contains(o.Id)).ToList();
        if (removed.Count == 0)
        {
            return;
        }

        var listed = (await conditions.ListAsync(playbookId, runId: null, cancellationToken)).SelectMany(c => c.ConditionExpr.OptionIds()).ToHashSet(StringComparer.Ordinal);
        var inUse = removed.Where(o => listed.Contains(o.Id)).Select(o => o.Name).ToList();
        if (inUse.Count > 0)
        {
            throw InUse($"cannot remove property options: {string.Join(", ", inUse)}. Please remove or update the conditions before removing these options");
        }
    }

    private async Task<int> NamingAsync(string playbookId, string fieldId, CancellationToken cancellationToken) =>
        (await conditions.ListAsync(playbookId, runId: null, cancellationToken)).Count(c => c.ConditionExpr.FieldIds().Contains(fieldId));

    private static AppErrorException InUse(string message) => new(409, "app.playbook.property_field.in_use", message);
}
