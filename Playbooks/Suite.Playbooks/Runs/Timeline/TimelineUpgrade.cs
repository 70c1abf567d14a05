using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Platform.Documents;

namespace Suite.Playbooks.Runs.Timeline;

/// <summary>
/// At start-up, moves the timelines that runs stored before timelines had documents of their own out
/// of the run documents, in their order, each run in one transaction; a run already moved is not read again.
/// </summary>
internal sealed partial class TimelineUpgrade(ModuleDocumentStore<PlaybooksModule> documents, ILogger<TimelineUpgrade> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var query = documents.Store.QuerySession();
        var runs = await query.QueryAsync<PlaybookRun>("where jsonb_array_length(data -> 'timeline_events') > 0", cancellationToken);
        foreach (var run in runs)
        {
            await using var session = documents.Store.LightweightSession();
            session.Store(run.TimelineEvents.Select((entry, i) => new StoredTimelineEntry { Id = entry.Id, RunId = run.Id, Position = i, Entry = entry }).ToArray());
            run.TimelineEvents.Clear();
            session.Store(run);
            await session.SaveChangesAsync(cancellationToken);
        }

        if (runs.Count > 0)
        {
            LogMoved(runs.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved the timelines of {Count} runs into timeline entry documents")]
    private partial void LogMoved(int count);
}
