namespace Suite.Playbooks.Runs.Reminders;

/// <summary>
/// When a run's next status update is due: its last update (or its start) plus the cadence the last
/// update or snooze asked for (<see cref="PlaybookRun.PreviousReminder"/>), while the run is in progress
/// with status updates on. Kept on the run document after every event, so the due runs are one query
/// after a restart and on any node.
/// </summary>
internal static class RunReminders
{
    private const long NanosecondsPerMillisecond = 1_000_000;

    public static long DueAt(PlaybookRun run)
    {
        if (!run.StatusUpdateEnabled || run.CurrentStatus != RunStatuses.InProgress || run.PreviousReminder <= 0)
        {
            return 0;
        }

        var since = run.LastStatusUpdateAt > 0 ? run.LastStatusUpdateAt : run.CreateAt;
        return since + run.PreviousReminder / NanosecondsPerMillisecond;
    }

    /// <summary>Moves the due time after an event at <paramref name="at"/>; a run no longer due (updated, snoozed, ended) stops being overdue.</summary>
    public static void Reschedule(PlaybookRun run, long at)
    {
        run.StatusUpdateDueAt = DueAt(run);
        if (run.StatusUpdateDueAt == 0 || run.StatusUpdateDueAt > at)
        {
            run.IsOverdue = false;
            run.ReminderPostId = "";
        }
    }
}
