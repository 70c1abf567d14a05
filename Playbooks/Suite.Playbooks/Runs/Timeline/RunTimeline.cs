using Marten;
using Suite.Platform.Documents;

namespace Suite.Playbooks.Runs.Timeline;

/// <summary>
/// Runs' timelines. The run document keeps no timeline (<see cref="RunProjection"/> empties it);
/// <see cref="RunStore"/> writes each entry as a <see cref="StoredTimelineEntry"/> in the transaction
/// that appends the event making it, and readers that answer a timeline fill the run from here.
/// </summary>
internal sealed class RunTimeline(ModuleDocumentStore<PlaybooksModule> documents)
{
    // Entries per stream version, so that one append's entries sort after every earlier append's.
    private const long PositionsPerVersion = 1_000;

    public static void Map(StoreOptions options) =>
        options.Schema.For<StoredTimelineEntry>().Duplicate(e => e.RunId).Duplicate(e => e.Position);

    /// <summary>Sets the run's timeline to its stored entries, in the order they were made; answers the same run.</summary>
    public async Task<PlaybookRun> FillAsync(PlaybookRun run, CancellationToken cancellationToken)
    {
        await FillAsync([run], cancellationToken);
        return run;
    }

    public async Task FillAsync(IReadOnlyList<PlaybookRun> runs, CancellationToken cancellationToken)
    {
        var ids = runs.Where(r => !r.TimelineLoaded).Select(r => r.Id).Distinct().ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        await using var session = documents.Store.QuerySession();
        var entries = await session.Query<StoredTimelineEntry>()
            .Where(e => e.RunId.IsOneOf(ids))
            .OrderBy(e => e.Position)
            .ToListAsync(cancellationToken);
        var byRun = entries.ToLookup(e => e.RunId, e => e.Entry);
        foreach (var run in runs.Where(r => !r.TimelineLoaded))
        {
            run.TimelineEvents = [.. byRun[run.Id]];
            run.TimelineLoaded = true;
        }
    }

    public async Task<TimelineEvent?> FindAsync(string runId, string entryId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        var stored = await session.LoadAsync<StoredTimelineEntry>(entryId, cancellationToken);
        return stored is not null && stored.RunId == runId ? stored.Entry : null;
    }

    /// <summary>
    /// Queues, in the appending session, the entries the change made (<paramref name="written"/> is the run
    /// folded from one without a timeline, so its timeline is exactly the new entries) and the deletions it
    /// made. An entry id already stored fails the transaction: an entry is written once.
    /// </summary>
    public static async Task WriteAsync(
        IDocumentSession session, long versionBefore, PlaybookRun written, IReadOnlyList<RunEvent> events, CancellationToken cancellationToken)
    {
        var position = (versionBefore + 1) * PositionsPerVersion;
        foreach (var entry in written.TimelineEvents)
        {
            session.Insert(new StoredTimelineEntry { Id = entry.Id, RunId = written.Id, Position = position++, Entry = entry });
        }

        foreach (var deleted in events.OfType<TimelineEventDeleted>())
        {
            if (await session.LoadAsync<StoredTimelineEntry>(deleted.EventId, cancellationToken) is { Entry.DeleteAt: 0 } stored && stored.RunId == written.Id)
            {
                stored.Entry.DeleteAt = deleted.At;
                session.Store(stored);
            }
        }
    }
}
