using Suite.Boards.Boards;

namespace Suite.Boards.Imports;

/// <summary>
/// Counts an import's progress and writes it to its <see cref="ImportJob"/> now and then (every
/// <see cref="WriteEvery"/> items), outside the import's own transaction so readers see it while it runs.
/// </summary>
internal sealed class ImportProgress(BoardStore store, ImportJob job, TimeProvider time)
{
    private const long WriteEvery = 200;

    private long _lastWritten;

    public void SetTotal(long total) => job.Total = total;

    /// <summary>For imports whose total is only known at the end (the rows of a CSV file).</summary>
    public void Complete() => job.Total = job.Processed;

    public async Task AdvanceAsync(long by, CancellationToken cancellationToken)
    {
        job.Processed += by;
        if (job.Processed - _lastWritten >= WriteEvery)
        {
            _lastWritten = job.Processed;
            job.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
            await using var session = store.Session();
            session.Store(job);
            await session.SaveChangesAsync(cancellationToken);
        }
    }
}
