using Suite.Playbooks.Runs;

namespace Suite.Playbooks.FollowUps;

/// <summary>Follow-ups became cards on the follow-ups board.</summary>
public sealed record FollowUpsCreated(IReadOnlyList<FollowUp> FollowUps) : RunEvent
{
    public const string EventType = "follow_ups_created";

    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.FollowUps.AddRange(FollowUps.Select(f => new FollowUp
        {
            Title = f.Title, Source = f.Source, ItemId = f.ItemId, BoardId = f.BoardId, CardId = f.CardId, CardUrl = f.CardUrl, CreateAt = f.CreateAt,
        }));
        return Record(run, EventType, details: string.Join('\n', FollowUps.Select(f => f.Title)));
    }
}

/// <summary>Follow-ups could not become cards: the reason is on the timeline, and the run goes on.</summary>
public sealed record FollowUpsFailed(string Reason) : RunEvent
{
    public const string EventType = "follow_ups_failed";

    protected override PlaybookRun Evolve(PlaybookRun run) => Record(run, EventType, details: Reason);
}
