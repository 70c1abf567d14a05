using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Checklists.ChangeChecklist;

/// <summary><c>POST /runs/{id}/checklists/move</c> <c>{source_checklist_idx, dest_checklist_idx}</c>.</summary>
internal sealed record MoveChecklist(int From, int To) : ChecklistChange
{
    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        RequireIndex(From, run.Checklists.Count, "source_checklist_idx");
        RequireIndex(To, run.Checklists.Count, "dest_checklist_idx");
        return new ChecklistMoved(From, To) { At = at, ActorId = actorId };
    }

    public static void RequireIndex(int index, int count, string parameter)
    {
        if (index < 0 || index >= count)
        {
            throw AppErrorException.InvalidBody(parameter, $"{parameter} must be from 0 to {count - 1}.");
        }
    }
}

/// <summary>
/// <c>POST /runs/{id}/checklists/move-item</c> <c>{source_checklist_idx, source_item_idx, dest_checklist_idx, dest_item_idx}</c>:
/// within one checklist the destination is a position of the list as it is; into another it may also be its end.
/// </summary>
internal sealed record MoveItem(int FromChecklist, int FromItem, int ToChecklist, int ToItem) : ChecklistChange
{
    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        MoveChecklist.RequireIndex(FromChecklist, run.Checklists.Count, "source_checklist_idx");
        MoveChecklist.RequireIndex(FromItem, run.Checklists[FromChecklist].Items.Count, "source_item_idx");
        MoveChecklist.RequireIndex(ToChecklist, run.Checklists.Count, "dest_checklist_idx");
        var positions = run.Checklists[ToChecklist].Items.Count + (FromChecklist == ToChecklist ? 0 : 1);
        MoveChecklist.RequireIndex(ToItem, positions, "dest_item_idx");
        return new ItemMoved(FromChecklist, FromItem, ToChecklist, ToItem) { At = at, ActorId = actorId };
    }
}

/// <summary><c>PUT .../checklists/{n}/skip</c> and <c>.../restore</c>: every item of the checklist skipped, or open again.</summary>
internal sealed record SetChecklistItems(int Checklist, string State) : ChecklistChange
{
    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        ChecklistAt(run, Checklist);
        return new ChecklistItemsSet(Checklist, State) { At = at, ActorId = actorId };
    }
}

/// <summary><c>POST .../checklists/{n}/duplicate</c>: a copy with new ids, added at the end.</summary>
internal sealed record DuplicateChecklist(int Checklist) : ChecklistChange
{
    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        var copy = ChecklistAt(run, Checklist).Copy();
        copy.Id = Ids.New();
        copy.UpdateAt = at;
        foreach (var item in copy.Items)
        {
            item.Id = Ids.New();
            item.UpdateAt = at;
        }

        return new ChecklistDuplicated(Checklist, copy) { At = at, ActorId = actorId };
    }
}

/// <summary><c>POST .../checklists/{n}/item/{i}/duplicate</c>: a copy with a new id, right after the item.</summary>
internal sealed record DuplicateItem(int Checklist, int Item) : ChecklistChange
{
    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        ItemAt(run, Checklist, Item);
        return new ItemDuplicated(Checklist, Item, Ids.New()) { At = at, ActorId = actorId };
    }
}

/// <summary><c>PUT .../checklists/{n}/item/{i}/command</c> <c>{command}</c>: empty removes it.</summary>
internal sealed record SetItemCommand(int Checklist, int Item, string Command) : ChecklistChange
{
    public const int MaxLength = 256;

    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        if (Command.Length > 0 && (!Command.StartsWith('/') || Command.Length > MaxLength))
        {
            throw AppErrorException.InvalidBody("command", $"The command must start with / and be at most {MaxLength} characters.");
        }

        ItemAt(run, Checklist, Item);
        return new ItemCommandSet(Checklist, Item, Command) { At = at, ActorId = actorId };
    }
}

/// <summary><c>PUT .../checklists/{n}/item/{i}/duedate</c> <c>{due_date}</c>: an absolute time in ms, 0 for none.</summary>
internal sealed record SetItemDueDate(int Checklist, int Item, long DueDate) : ChecklistChange
{
    public override RunEvent ToEvent(PlaybookRun run, long at, string actorId, string summaryActor)
    {
        if (DueDate < 0)
        {
            throw AppErrorException.InvalidBody("due_date", "The due date must be a time in milliseconds, or 0 for none.");
        }

        ItemAt(run, Checklist, Item);
        return new ItemDueDateSet(Checklist, Item, DueDate) { At = at, ActorId = actorId };
    }
}
