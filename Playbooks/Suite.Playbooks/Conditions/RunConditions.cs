using Suite.Platform.Licensing;
using Suite.Playbooks.PropertyFields;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Conditions;

/// <summary>
/// What conditions do to a run's items, as the plugin: a new run copies its playbook's conditions onto its own fields
/// (licensed) and points its items at the copies; whenever a value changes, each item whose condition names that field
/// is shown while the condition holds and hidden otherwise, unless someone already worked on it.
/// </summary>
internal sealed class RunConditions(ConditionStore conditions, IFeatureGate gate)
{
    /// <summary>Copies the playbook's conditions for <paramref name="run"/>, before it starts, and shows or hides its items by them.</summary>
    public async Task CopyAsync(string playbookId, PlaybookRun run, long now, CancellationToken cancellationToken)
    {
        if (!gate.IsEnabled(PlaybookFeatures.ConditionsKey))
        {
            return;
        }

        var fieldIds = run.PropertyFields.Where(f => f.Attrs.ParentId.Length > 0).ToDictionary(f => f.Attrs.ParentId, f => f.Id, StringComparer.Ordinal);
        var copies = await conditions.CopyAsync(playbookId, playbookId, run.Id, fieldIds, run.Checklists, now, cancellationToken);
        var copied = copies.Values.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var item in run.Checklists.SelectMany(c => c.Items))
        {
            if (copied.TryGetValue(item.ConditionId, out var copy))
            {
                item.ConditionAction = ConditionActions.Hidden;
                item.ConditionReason = copy.ConditionExpr.Describe(run.PropertyFields);
            }
        }

        Apply(run, Evaluate(run, run.PropertyValues, copied.Values), now);
    }

    /// <summary>The run's conditions that name <paramref name="fieldId"/>, to evaluate when its value changes.</summary>
    public async Task<IReadOnlyList<Condition>> NamingAsync(PlaybookRun run, string fieldId, CancellationToken cancellationToken) =>
        run.PlaybookId.Length == 0 ? []
        : (await conditions.ListAsync(run.PlaybookId, run.Id, cancellationToken)).Where(c => c.ConditionExpr.FieldIds().Contains(fieldId)).ToList();

    /// <summary>The items whose visibility or reason <paramref name="evaluated"/> changes when the run's values are <paramref name="values"/>.</summary>
    public static List<ItemConditionState> Evaluate(PlaybookRun run, IReadOnlyList<PropertyValue> values, IEnumerable<Condition> evaluated)
    {
        var byId = evaluated.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var changes = new List<ItemConditionState>();
        foreach (var item in run.Checklists.SelectMany(c => c.Items))
        {
            if (!byId.TryGetValue(item.ConditionId, out var condition))
            {
                continue;
            }

            var (action, reason) = condition.ConditionExpr.Holds(run.PropertyFields, values) ? (ConditionActions.None, condition.ConditionExpr.Describe(run.PropertyFields))
                : item.AssigneeModified > 0 || item.StateModified > 0 ? (ConditionActions.ShownBecauseModified, ConditionActions.ModifiedReason)
                : (ConditionActions.Hidden, condition.ConditionExpr.Describe(run.PropertyFields));
            if (action != item.ConditionAction || reason != item.ConditionReason)
            {
                changes.Add(new ItemConditionState(item.Id, action, reason));
            }
        }

        return changes;
    }

    public static void Apply(PlaybookRun run, IReadOnlyList<ItemConditionState> states, long at)
    {
        foreach (var checklist in run.Checklists)
        {
            foreach (var item in checklist.Items)
            {
                if (states.FirstOrDefault(s => s.ItemId == item.Id) is not { } state)
                {
                    continue;
                }

                if (item.ConditionAction != state.Action)
                {
                    item.UpdateAt = at;
                    checklist.UpdateAt = at;
                }

                item.ConditionAction = state.Action;
                item.ConditionReason = state.Reason;
            }
        }
    }
}

/// <summary>What a condition now does to one item.</summary>
public sealed record ItemConditionState(string ItemId, string Action, string Reason);

/// <summary>A changed value made conditions show or hide items; writes no timeline entry.</summary>
public sealed record ItemConditionsEvaluated(IReadOnlyList<ItemConditionState> Items) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        RunConditions.Apply(run, Items, At);
        return run;
    }
}
