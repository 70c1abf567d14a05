using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Checklists;

/// <summary>A checklist was taken out of position <see cref="From"/> and put back at <see cref="To"/>.</summary>
public sealed record ChecklistMoved(int From, int To) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        var moved = run.Checklists[From];
        run.Checklists.RemoveAt(From);
        run.Checklists.Insert(To, moved);
        moved.UpdateAt = At;
        return run;
    }
}

/// <summary>An item was taken out of one checklist and inserted at <see cref="ToItem"/> of another (or the same).</summary>
public sealed record ItemMoved(int FromChecklist, int FromItem, int ToChecklist, int ToItem) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        var source = run.Checklists[FromChecklist];
        var item = source.Items[FromItem];
        source.Items.RemoveAt(FromItem);
        var target = run.Checklists[ToChecklist];
        target.Items.Insert(ToItem, item);
        item.UpdateAt = At;
        source.UpdateAt = At;
        target.UpdateAt = At;
        return run;
    }
}

/// <summary>Every item of a checklist was skipped at once, or opened again (<see cref="State"/> empty).</summary>
public sealed record ChecklistItemsSet(int Checklist, string State) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        var checklist = run.Checklists[Checklist];
        foreach (var item in checklist.Items)
        {
            item.State = State;
            item.StateModified = At;
            item.UpdateAt = At;
        }

        checklist.UpdateAt = At;
        return run;
    }
}

/// <summary>A copy of a checklist, with its own ids, was added at the end.</summary>
public sealed record ChecklistDuplicated(int Checklist, Checklist Copy) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.Checklists.Add(Copy.Copy());
        return run;
    }
}

/// <summary>A copy of an item, with its own id, was inserted right after it.</summary>
public sealed record ItemDuplicated(int Checklist, int Item, string NewItemId) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        var checklist = run.Checklists[Checklist];
        var copy = checklist.Items[Item].Copy();
        copy.Id = NewItemId;
        copy.UpdateAt = At;
        checklist.Items.Insert(Item + 1, copy);
        checklist.UpdateAt = At;
        return run;
    }
}

/// <summary>An item's slash command was set; a different command forgets when the old one last ran.</summary>
public sealed record ItemCommandSet(int Checklist, int Item, string Command) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        var item = ItemAt(run, Checklist, Item);
        if (item.Command != Command)
        {
            item.CommandLastRun = 0;
        }

        item.Command = Command;
        item.UpdateAt = At;
        return run;
    }
}

/// <summary>An item's due date was set (an absolute time in ms; 0 clears it).</summary>
public sealed record ItemDueDateSet(int Checklist, int Item, long DueDate) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        var item = ItemAt(run, Checklist, Item);
        item.DueDate = DueDate;
        item.UpdateAt = At;
        return run;
    }
}

/// <summary>An item's slash command was run in the run channel by <see cref="RunEvent.ActorId"/>.</summary>
public sealed record ItemCommandRan(int Checklist, int Item, string Command) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        var item = ItemAt(run, Checklist, Item);
        item.CommandLastRun = At;
        item.UpdateAt = At;
        return Record(run, TimelineEventTypes.RanSlashCommand, subjectUserId: ActorId, details: Command);
    }
}
