namespace Suite.Playbooks.Runs.Toggles;

/// <summary>Status updates (and so their reminders) were switched on or off for the run.</summary>
public sealed record StatusUpdatesToggled(bool Enabled) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.StatusUpdateEnabled = Enabled;
        return Record(run, Enabled ? "status_updates_enabled" : "status_updates_disabled", subjectUserId: ActorId);
    }
}

/// <summary>The retrospective was switched on or off for the run.</summary>
public sealed record RetrospectiveToggled(bool Enabled) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.RetrospectiveEnabled = Enabled;
        return Record(run, Enabled ? "retrospective_enabled" : "retrospective_disabled", subjectUserId: ActorId);
    }
}
