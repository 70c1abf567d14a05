using System.Text.Json.Serialization;

namespace Suite.Playbooks.Conditions;

/// <summary>
/// A condition over a playbook's attribute values (Mattermost's conditional playbooks): checklist items name it
/// in <c>condition_id</c> and show only while it holds. A playbook's conditions are edited; a run gets copies
/// (<see cref="RunId"/> set, field ids its own) that nobody edits. A Marten document; deleted ones stay, marked.
/// </summary>
public sealed class Condition
{
    public const int CurrentVersion = 1;

    public string Id { get; set; } = "";

    public ConditionExpression ConditionExpr { get; set; } = new();

    public int Version { get; set; } = CurrentVersion;

    public string PlaybookId { get; set; } = "";

    /// <summary>The run a copy belongs to; absent on a playbook's own condition.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RunId { get; set; }

    public long CreateAt { get; set; }

    public long UpdateAt { get; set; }

    public long DeleteAt { get; set; }
}

/// <summary>What a condition did to an item of a run (<c>condition_action</c>).</summary>
public static class ConditionActions
{
    public const string None = "";
    public const string Hidden = "hidden";

    /// <summary>The condition does not hold, but the item was already worked on (assigned or its state changed), so it stays.</summary>
    public const string ShownBecauseModified = "shown_because_modified";

    public const string ModifiedReason = "shown because the task was modified";
}

/// <summary>The paged list of conditions: <c>{total_count, page_count, has_more, items}</c>, as the plugin's <c>GetConditionsResults</c>.</summary>
public sealed record ConditionPage(int TotalCount, int PageCount, bool HasMore, IReadOnlyList<Condition> Items);
