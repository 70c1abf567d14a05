namespace Suite.Playbooks.Runs.Participants;

/// <summary>Users stopped taking part in the run; the run channel is left separately (see <see cref="ChangeParticipantsHandler"/>).</summary>
public sealed record ParticipantsRemoved(IReadOnlyList<string> UserIds) : RunEvent
{
    /// <summary>Mattermost's <c>{action, requester, users}</c> for the timeline entry; empty in older streams.</summary>
    public string Details { get; init; } = "";

    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.ParticipantIds.RemoveAll(UserIds.Contains);
        return ParticipantsTimeline.Record(this, run, UserIds, Details, (type, subject) => Record(run, type, subjectUserId: subject, details: Details));
    }
}
