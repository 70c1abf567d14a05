using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Checklists.ChangeChecklist;

/// <summary>
/// One checklist operation of Mattermost's run API, addressing checklists and items by zero-based
/// index. It turns into the event to append against the run as it is when the append is tried, so a
/// retried append checks the indexes again.
/// </summary>
internal abstract record ChecklistChange
{
    public abstract RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor);

    protected static Checklist ChecklistAt(PlaybookRun run, int checklist) =>
        checklist >= 0 && checklist < run.Checklists.Count ? run.Checklists[checklist] : throw AppErrorException.InvalidUrl("checklist");

    protected static ChecklistItem ItemAt(PlaybookRun run, int checklist, int item)
    {
        var list = ChecklistAt(run, checklist);
        return item >= 0 && item < list.Items.Count ? list.Items[item] : throw AppErrorException.InvalidUrl("item");
    }
}

internal sealed record SetItemState(int Checklist, int Item, string State) : ChecklistChange
{
    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        var item = ItemAt(run, Checklist, Item);
        var (action, verb) = State switch
        {
            ChecklistItemStates.Closed => ("check", "checked off"),
            ChecklistItemStates.Skipped => ("skip", "skipped"),
            ChecklistItemStates.InProgress => ("", "started"),
            _ when item.State == ChecklistItemStates.Skipped => ("restore", "restored"),
            _ => ("uncheck", "unchecked"),
        };
        var task = TimelineText.Plain(item.Title);
        var details = action.Length > 0 ? new Dictionary<string, string> { ["action"] = action, ["task"] = task } : new Dictionary<string, string> { ["task"] = task };
        return new ItemStateChanged(Checklist, Item, State)
        {
            At = at, ActorId = actorId, Summary = $"{verb} checklist item **{task}**", Details = System.Text.Json.JsonSerializer.Serialize(details),
        };
    }
}

/// <summary>Sets an item's assignee; <see cref="Mentions"/> holds the <c>@name</c> of the new and any earlier assignee.</summary>
internal sealed record SetItemAssignee(int Checklist, int Item, string AssigneeId, IReadOnlyDictionary<string, string> Mentions) : ChecklistChange
{
    /// <summary>Mattermost's words for nobody.</summary>
    public const string NoAssignee = "No Assignee";

    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        var item = ItemAt(run, Checklist, Item);
        var summary = $"changed assignee of checklist item **{TimelineText.Plain(item.Title)}** from **{Name(item.AssigneeId)}** to **{Name(AssigneeId)}**";
        return new ItemAssigneeChanged(Checklist, Item, AssigneeId) { At = at, ActorId = actorId, Summary = summary };
    }

    public string Name(string userId) => userId.Length == 0 ? NoAssignee : Mentions.GetValueOrDefault(userId, Usernames.Unknown);
}

internal sealed record AddItem(int Checklist, ChecklistItem Item) : ChecklistChange
{
    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        ChecklistAt(run, Checklist);
        var item = Item.Copy();
        item.Id = Ids.New();
        item.UpdateAt = at;
        return new ItemAdded(Checklist, item) { At = at, ActorId = actorId };
    }
}

internal sealed record EditItem(int Checklist, int Item, string Title, string Description, string Command) : ChecklistChange
{
    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        ItemAt(run, Checklist, Item);
        return new ItemEdited(Checklist, Item, Title, Description, Command) { At = at, ActorId = actorId };
    }
}

internal sealed record DeleteItem(int Checklist, int Item) : ChecklistChange
{
    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        ItemAt(run, Checklist, Item);
        return new ItemDeleted(Checklist, Item) { At = at, ActorId = actorId };
    }
}

internal sealed record AddChecklist(Checklist Checklist) : ChecklistChange
{
    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        var checklist = Checklist.Copy();
        checklist.Id = Ids.New();
        checklist.UpdateAt = at;
        checklist.Items.ForEach(i =>
        {
            i.Id = Ids.New();
            i.UpdateAt = at;
        });
        return new ChecklistAdded(checklist) { At = at, ActorId = actorId };
    }
}

internal sealed record RenameChecklist(int Checklist, string Title) : ChecklistChange
{
    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        ChecklistAt(run, Checklist);
        return new ChecklistRenamed(Checklist, Title) { At = at, ActorId = actorId };
    }
}

internal sealed record DeleteChecklist(int Checklist) : ChecklistChange
{
    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        ChecklistAt(run, Checklist);
        return new ChecklistDeleted(Checklist) { At = at, ActorId = actorId };
    }
}
