namespace Suite.Playbooks.Runs.Reminders;

/// <summary>The run's status update fell due without one; it stays overdue until an update, a snooze or its end.</summary>
public sealed record StatusUpdateOverdue : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.IsOverdue = true;
        return run;
    }
}

/// <summary>The reminder asking the owner for the overdue update was posted in the run channel.</summary>
public sealed record ReminderPosted(string PostId) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.ReminderPostId = PostId;
        return run;
    }
}

/// <summary>The reminder was put off: the next update is due <see cref="Seconds"/> from now.</summary>
public sealed record StatusUpdateSnoozed(long Seconds) : RunEvent
{
    public const string EventType = "status_update_snoozed";

    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.PreviousReminder = Seconds * 1_000_000_000;
        run.LastStatusUpdateAt = At;
        return Record(run, EventType, subjectUserId: ActorId);
    }
}
