namespace Suite.Playbooks.Checklists;

/// <summary>A named list of items, in a playbook (the template) or a run (the work).</summary>
public sealed class Checklist
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public List<ChecklistItem> Items { get; set; } = [];

    public long UpdateAt { get; set; }

    /// <summary>The items' ids in order, as Mattermost recomputes them on every serialisation.</summary>
    public IReadOnlyList<string> ItemsOrder => Items.Select(i => i.Id).ToList();

    /// <summary>
    /// The items a person sees, each with its place in <see cref="Items"/> (which the API addresses items by):
    /// those a condition hides are left out, as Mattermost's web app leaves them out of a run's checklists.
    /// </summary>
    public IEnumerable<(int Index, ChecklistItem Item)> ShownItems() =>
        Items.Select((item, index) => (index, item)).Where(entry => !entry.item.IsHidden);

    public Checklist Copy() => new() { Id = Id, Title = Title, UpdateAt = UpdateAt, Items = Items.Select(i => i.Copy()).ToList() };
}

/// <summary>One task of a checklist.</summary>
public sealed class ChecklistItem
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary><c>""</c> (open), <c>in_progress</c>, <c>closed</c> or <c>skipped</c>.</summary>
    public string State { get; set; } = "";

    public long StateModified { get; set; }

    public string AssigneeId { get; set; } = "";

    public long AssigneeModified { get; set; }

    /// <summary><c>""</c> (a given user), <c>owner</c> or <c>creator</c>.</summary>
    public string AssigneeType { get; set; } = "";

    public string Command { get; set; } = "";

    public long CommandLastRun { get; set; }

    /// <summary>In a playbook, an offset in ms from the run's start; in a run, an absolute time; 0 for none.</summary>
    public long DueDate { get; set; }

    public long UpdateAt { get; set; }

    /// <summary>Becomes a card on the playbook's follow-ups board when the retrospective is published.</summary>
    public bool IsFollowUp { get; set; }

    /// <summary>The condition (<see cref="Conditions.Condition"/>) that decides whether the item shows; empty for none.</summary>
    public string ConditionId { get; set; } = "";

    /// <summary>One of <see cref="Conditions.ConditionActions"/>: what the condition last did to the item in a run.</summary>
    public string ConditionAction { get; set; } = "";

    /// <summary>The condition in words, as the run last evaluated it.</summary>
    public string ConditionReason { get; set; } = "";

    /// <summary>True when a condition hides the item: it is left out of the run's task counts.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsHidden => ConditionAction == Conditions.ConditionActions.Hidden;

    public ChecklistItem Copy() => (ChecklistItem)MemberwiseClone();
}

/// <summary>The item states Mattermost accepts.</summary>
public static class ChecklistItemStates
{
    public const string Open = "";
    public const string InProgress = "in_progress";
    public const string Closed = "closed";
    public const string Skipped = "skipped";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Open, InProgress, Closed, Skipped };
}
