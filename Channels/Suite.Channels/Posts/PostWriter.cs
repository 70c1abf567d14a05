using System.Collections.Concurrent;

namespace Suite.Channels.Posts;

/// <summary>
/// The one way posts are written. Posts into the same channel queue up behind the transaction in
/// flight and are committed together in the next one (group commit); each caller gets its own
/// post back once its batch committed, or null when the author already made a post with the same
/// pending id (a retried request).
/// </summary>
internal sealed class PostWriter(PostBatchCommitter committer)
{
    private const int MaxBatchSize = 256;
    private readonly ConcurrentDictionary<string, ChannelQueue> _queues = new(StringComparer.Ordinal);

    public Task<PostWriteResult?> WriteAsync(PostDraft draft) =>
        _queues.GetOrAdd(draft.ChannelId, id => new ChannelQueue(id, committer)).EnqueueAsync(draft);

    private sealed class ChannelQueue(string channelId, PostBatchCommitter committer)
    {
        private readonly Lock _gate = new();
        private readonly Queue<(PostDraft Draft, TaskCompletionSource<PostWriteResult?> Done)> _queue = new();
        private ChannelMemberCache _members = ChannelMemberCache.Empty;
        private bool _writing;

        public Task<PostWriteResult?> EnqueueAsync(PostDraft draft)
        {
            var done = new TaskCompletionSource<PostWriteResult?>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _queue.Enqueue((draft, done));
                if (!_writing)
                {
                    _writing = true;
                    _ = Task.Run(WriteAsync);
                }
            }

            return done.Task;
        }

        private async Task WriteAsync()
        {
            while (true)
            {
                (PostDraft Draft, TaskCompletionSource<PostWriteResult?> Done)[] batch;
                lock (_gate)
                {
                    if (_queue.Count == 0)
                    {
                        _writing = false;
                        return;
                    }

                    batch = new (PostDraft, TaskCompletionSource<PostWriteResult?>)[Math.Min(_queue.Count, MaxBatchSize)];
                    for (var i = 0; i < batch.Length; i++)
                    {
                        batch[i] = _queue.Dequeue();
                    }
                }

                try
                {
                    var (results, members) = await committer.CommitAsync(channelId, _members, batch.Select(b => b.Draft).ToArray(), CancellationToken.None);
                    _members = members;
                    for (var i = 0; i < batch.Length; i++)
                    {
                        batch[i].Done.TrySetResult(results[i]);
                    }
                }
#pragma warning disable CA1031 // A failed batch fails its own callers; the queue goes on with the next batch.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    foreach (var (_, done) in batch)
                    {
                        done.TrySetException(ex);
                    }
                }
            }
        }
    }
}
