using Orleans.Concurrency;
using Orleans.Placement;

namespace Suite.Channels.Posts.Writing;

/// <summary>
/// The channel grain. It owns the channel's hot state for writing (its members for mentions and
/// the channel as the last commit saw it) and one queue: posts that arrive while a batch is being
/// committed are committed together in the next transaction (group commit). The grain is
/// reentrant so that posts can queue during a commit; its turns still run one at a time, so the
/// queue needs no lock. PostgreSQL stays the source of truth: a post is answered only once its
/// batch committed, and a new activation (after a node died) starts from nothing and reloads.
/// A channel's grain is placed on the node of its first write: a node keeps the channels its own
/// clients write to, and calls to a local activation cost a thirtieth of a remote one.
/// </summary>
[Reentrant]
[PreferLocalPlacement]
internal sealed class ChannelGrain(ChannelBatchCommit commit) : Grain, IChannelGrain
{
    private const int MaxBatchSize = 256;

    private readonly Queue<Queued> _queue = new();
    private ChannelWriteState _state = ChannelWriteState.Initial;
    private Task _committing = Task.CompletedTask;
    private bool _running;

    public Task<PostWriteOutcome> WritePostAsync(PostWriteRequest request)
    {
        var queued = new Queued(request.ToDraft());
        _queue.Enqueue(queued);
        if (!_running)
        {
            _running = true;
            _committing = CommitQueuedAsync();
        }

        return queued.Done.Task;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _committing;

    private async Task CommitQueuedAsync()
    {
        while (_queue.Count > 0)
        {
            var batch = new Queued[Math.Min(_queue.Count, MaxBatchSize)];
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = _queue.Dequeue();
            }

            try
            {
                var (outcomes, state) = await commit.CommitAsync(this.GetPrimaryKeyString(), _state, batch.Select(q => q.Draft).ToList());
                _state = state;
                for (var i = 0; i < batch.Length; i++)
                {
                    batch[i].Done.SetResult(outcomes[i]);
                }
            }
#pragma warning disable CA1031 // The batch's failure belongs to its posts; the queue goes on with the next batch.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _state = ChannelWriteState.Initial;
                foreach (var queued in batch)
                {
                    queued.Done.SetException(ex);
                }
            }
        }

        _running = false;
    }

    private sealed record Queued(PostDraft Draft)
    {
        public TaskCompletionSource<PostWriteOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
