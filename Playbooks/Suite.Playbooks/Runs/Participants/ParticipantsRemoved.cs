namespace Suite.Playbooks.Runs.Participants;

/// <summary>Users stopped taking part in the run (they keep whatever channel membership they had).</summary>
public sealed record ParticipantsRemoved(IReadOnlyList<string> UserIds) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.ParticipantIds.RemoveAll(UserIds.Contains);
        return Record(run, TimelineEventTypes.ParticipantsChanged);
    }
}
