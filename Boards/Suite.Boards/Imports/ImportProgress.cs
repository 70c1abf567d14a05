using Suite.Boards.Boards;

namespace Suite.Boards.Imports;

/// <summary>
/// Counts an import's progress (items, or bytes of an archive) and writes it to its <see cref="ImportJob"/> now
/// and then (every hundredth of the total, or every <see cref="WriteEvery"/> units when the total is not known),
/// outside the import's own transaction so readers see it while it runs.
/// </summary>
internal sealed class ImportProgress(BoardStore store, ImportJob job, TimeProvider time)
{
    private const long WriteEvery = 200;

    private long _lastWritten;

    public void SetTotal(long total) => job.Total = total;

    /// <summary>For imports whose total is only known at the end (the rows of a CSV file).</summary>
    public void Complete() => job.Total = job.Processed;

    /// <summary>Counts without writing (for streams that count the bytes read); the next <see cref="AdvanceAsync"/> writes.</summary>
    public void Add(long by) => job.Processed += by;

    public async Task AdvanceAsync(long by, CancellationToken cancellationToken)
    {
        job.Processed += by;
        var step = job.Total > 0 ? Math.Max(1, job.Total / 100) : WriteEvery;
        if (job.Processed - _lastWritten >= step)
        {
            _lastWritten = job.Processed;
            job.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
            await using var session = store.Session();
            session.Store(job);
            await session.SaveChangesAsync(cancellationToken);
        }
    }
}
