using Suite.Channels.Contracts;
using Suite.Platform.Grains;

namespace Suite.Channels.Posts;

/// <summary>
/// The channel grain: one activation per channel per process owns the channel's hot state (its
/// member set for mentions, its counters and last post time as of the last commit) and a group
/// commit. PostgreSQL stays the source of truth: every batch re-reads the channel row under its
/// lock and reloads the member set when another writer (or process) changed it.
/// </summary>
internal sealed class ChannelGrain(PostBatchCommitter committer) : Grain, IChannelGrain, IAsyncDisposable
{
    private const int MaxBatchSize = 256;
    private ChannelWriteState _state = ChannelWriteState.Initial;
    private GroupCommit<PostDraft, PostWriteResult?>? _commit;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _commit = new GroupCommit<PostDraft, PostWriteResult?>(CommitAsync, MaxBatchSize);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    /// <summary>Refuses new posts and waits for the queued ones to commit.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_commit is not null)
        {
            await _commit.DisposeAsync();
        }
    }

    public async Task<object?> WritePostAsync(object draft)
    {
        var written = _commit!.EnqueueAsync((PostDraft)draft);
        ReleaseTurn();
        return await written;
    }

    private async Task<IReadOnlyList<PostWriteResult?>> CommitAsync(IReadOnlyList<PostDraft> drafts)
    {
        var (results, state) = await committer.CommitAsync(Key, _state, drafts, CancellationToken.None);
        _state = state;
        return results;
    }
}
