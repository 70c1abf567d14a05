using System.Text.Json;
using JasperFx;
using JasperFx.Events;
using Marten;
using Suite.Platform.Documents;
using Suite.Platform.Errors;
using Suite.Playbooks.Runs.Timeline;

namespace Suite.Playbooks.Runs;

/// <summary>
/// Runs as event streams, their timelines beside them (<see cref="RunTimeline"/>). A change reads the run for writing, decides its events from what it read,
/// and appends them expecting the version it read; when someone else appended in between it reads
/// again and decides again, so concurrent changes to one run all land and none is lost. Within one
/// process, changes to a run take turns (<see cref="_turns"/>), so they do not race to append and
/// redo their work; only changes arriving through other processes meet a conflict and retry.
/// </summary>
internal sealed class RunStore(ModuleDocumentStore<PlaybooksModule> documents, RunTimeline timeline)
{
    private const int MaxAttempts = 50;

    // Striped rather than one per run: a fixed set that never needs removing; two runs sharing a
    // stripe only take turns with each other for the moment of a change.
    private readonly SemaphoreSlim[] _turns = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<PlaybookRun?> FindAsync(string runId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        return await session.LoadAsync<PlaybookRun>(runId, cancellationToken);
    }

    public IQuerySession QuerySession() => documents.Store.QuerySession();

    public async Task<PlaybookRun> StartAsync(RunStarted started, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Events.StartStream<PlaybookRun>(started.Run.Id, started);
        var run = started.Apply(new PlaybookRun { Id = started.Run.Id });
        await RunTimeline.WriteAsync(session, 0, run, [started], cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
        run.TimelineLoaded = true;
        return run;
    }

    /// <summary>
    /// Appends what <paramref name="decide"/> returns for the run as it is now (which <paramref name="decide"/>
    /// sees without its timeline); answers the run after them, timeline included.
    /// </summary>
    public async Task<PlaybookRun> ChangeAsync(string runId, Func<PlaybookRun, IReadOnlyList<RunEvent>> decide, CancellationToken cancellationToken)
    {
        var turn = _turns[(uint)StringComparer.Ordinal.GetHashCode(runId) % (uint)_turns.Length];
        await turn.WaitAsync(cancellationToken);
        try
        {
            return await AppendAsync(runId, decide, cancellationToken);
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task<PlaybookRun> AppendAsync(string runId, Func<PlaybookRun, IReadOnlyList<RunEvent>> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = documents.Store.LightweightSession();
            var stream = await session.Events.FetchForWriting<PlaybookRun>(runId, cancellationToken);
            var run = stream.Aggregate ?? throw RunErrors.NotFound();
            var events = decide(run);
            if (events.Count == 0)
            {
                return await timeline.FillAsync(run, cancellationToken);
            }

            // Marten's inline projection may move the very aggregate FetchForWriting returned while saving,
            // so the answer is folded from a copy of the run as it was read.
            var answer = events.Aggregate(Copy(run), (current, change) => change.Apply(current));
            stream.AppendMany(events);
            await RunTimeline.WriteAsync(session, stream.CurrentVersion ?? 0, answer, events, cancellationToken);
            try
            {
                await session.SaveChangesAsync(cancellationToken);
            }
            catch (Exception ex) when (IsConflict(ex) && attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
                continue;
            }
            catch (Exception ex) when (IsConflict(ex))
            {
                throw new AppErrorException(409, "app.playbook_run.conflict", "The run is being changed by many people at once; try again.");
            }

            return await timeline.FillAsync(answer, cancellationToken);
        }
    }

    private static PlaybookRun Copy(PlaybookRun run) => JsonSerializer.Deserialize<PlaybookRun>(JsonSerializer.SerializeToUtf8Bytes(run))!;

    private static bool IsConflict(Exception exception) =>
        exception is ConcurrencyException or EventStreamUnexpectedMaxEventIdException || exception.InnerException is { } inner && IsConflict(inner);
}

internal static class RunErrors
{
    public static AppErrorException NotFound() => new(404, "app.playbook_run.not_found", "Playbook run not found.");
}
