namespace Suite.Playbooks.FollowUps;

/// <summary>A follow-up of a run that became a card on the playbook's follow-ups board; the card links back to the run.</summary>
public sealed class FollowUp
{
    public string Title { get; set; } = "";

    /// <summary><c>retrospective</c> (an open task of the published retrospective) or <c>checklist</c> (an item marked as a follow-up).</summary>
    public string Source { get; set; } = "";

    /// <summary>The checklist item's id, for a follow-up from the checklist.</summary>
    public string ItemId { get; set; } = "";

    public string BoardId { get; set; } = "";

    public string CardId { get; set; } = "";

    /// <summary>Where the card opens, relative to the site.</summary>
    public string CardUrl { get; set; } = "";

    public long CreateAt { get; set; }

    public bool IsSameAs(FollowUp other) => Source == other.Source && (Source == FollowUpSources.Checklist ? ItemId == other.ItemId : Title == other.Title);
}

public static class FollowUpSources
{
    public const string Retrospective = "retrospective";
    public const string Checklist = "checklist";
}
