namespace Suite.Platform.Grains;

/// <summary>
/// Group commit: callers enqueue items and await their own completion; one writer at a time
/// commits whatever queued while the previous batch was being committed, as one batch (up to
/// <c>maxBatchSize</c> items). Under load many items share one transaction; with a single caller
/// each item is committed alone and at once, with no waiting for company.
/// </summary>
/// <typeparam name="TItem">What callers enqueue.</typeparam>
/// <typeparam name="TResult">What each caller gets back once its item committed.</typeparam>
public sealed class GroupCommit<TItem, TResult> : IAsyncDisposable
{
    private readonly Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> _commitAsync;
    private readonly int _maxBatchSize;
    private readonly Lock _gate = new();
    private readonly Queue<Pending> _queue = new();
    private Task _writer = Task.CompletedTask;
    private bool _writing;
    private bool _disposed;

    /// <summary>Creates the batcher.</summary>
    /// <param name="commitAsync">
    /// Commits one batch, typically in one database transaction, and returns one result per item
    /// in the batch's order. When it throws, every item of that batch (and no other) fails with
    /// the exception. The list is only valid during the call.
    /// </param>
    /// <param name="maxBatchSize">The most items committed together.</param>
    public GroupCommit(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> commitAsync, int maxBatchSize = 256)
    {
        ArgumentNullException.ThrowIfNull(commitAsync);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        _commitAsync = commitAsync;
        _maxBatchSize = maxBatchSize;
    }

    /// <summary>
    /// Queues an item; the task completes with its result once its batch committed, or fails with
    /// the batch's exception. Items are committed in the order they were enqueued.
    /// </summary>
    public Task<TResult> EnqueueAsync(TItem item)
    {
        var pending = new Pending(item);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _queue.Enqueue(pending);
            if (!_writing)
            {
                _writing = true;
                _writer = Task.Run(WriteAsync);
            }
        }

        return pending.Completion.Task;
    }

    /// <summary>Refuses new items and waits until every queued item has been committed or failed.</summary>
    public async ValueTask DisposeAsync()
    {
        Task writer;
        lock (_gate)
        {
            _disposed = true;
            writer = _writer;
        }

        await writer;
    }

    private async Task WriteAsync()
    {
        while (true)
        {
            Pending[] batch;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _writing = false;
                    return;
                }

                batch = new Pending[Math.Min(_queue.Count, _maxBatchSize)];
                for (var i = 0; i < batch.Length; i++)
                {
                    batch[i] = _queue.Dequeue();
                }
            }

            var items = new TItem[batch.Length];
            for (var i = 0; i < batch.Length; i++)
            {
                items[i] = batch[i].Item;
            }

            IReadOnlyList<TResult> results;
            try
            {
                results = await _commitAsync(items);
                if (results is null || results.Count != batch.Length)
                {
                    throw new InvalidOperationException($"The commit returned {results?.Count ?? 0} results for a batch of {batch.Length} items.");
                }
            }
#pragma warning disable CA1031 // The batch's failure belongs to its callers; the writer goes on with the next batch.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                foreach (var pending in batch)
                {
                    pending.Completion.TrySetException(ex);
                }

                continue;
            }

            for (var i = 0; i < batch.Length; i++)
            {
                batch[i].Completion.TrySetResult(results[i]);
            }
        }
    }

    private sealed class Pending(TItem item)
    {
        public TItem Item { get; } = item;

        // Continuations run elsewhere, so that the writer starts the next batch at once.
        public TaskCompletionSource<TResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
