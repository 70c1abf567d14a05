using Npgsql;

namespace Suite.Channels.Posts.Writing;

/// <summary>
/// Commits one channel's batch of posts in one transaction. With the channel and its members known
/// from the previous batch (the usual case) everything goes to PostgreSQL in one round trip and
/// commits if the members did not change and every post was new (<see cref="OneTripCommit"/>);
/// otherwise the batch is committed step by step, reloading the members under the channel's lock
/// (<see cref="StepByStepCommit"/>). Counters move by what the batch added, so any number of
/// writers to the same channel (a grain on another node during a failover) stay exact.
/// </summary>
internal sealed class ChannelBatchCommit(NpgsqlDataSource db, TimeProvider time, ChannelMembersLoader members)
{
    public async Task<(IReadOnlyList<PostWriteOutcome> Outcomes, ChannelWriteState State)> CommitAsync(
        string channelId, ChannelWriteState state, IReadOnlyList<PostDraft> drafts, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (CanTryInOneTrip(state, drafts)
            && await OneTripCommit.TryAsync(db, channelId, state.Channel!, state.Members, drafts, now, cancellationToken) is { } done)
        {
            return (done, state);
        }

        return await StepByStepCommit.CommitAsync(db, members, channelId, state, drafts, now, cancellationToken);
    }

    /// <summary>
    /// The channel and its members are known from the previous batch and every author who must be
    /// a member is one of them; the one-trip write commits only if those members are unchanged.
    /// </summary>
    private static bool CanTryInOneTrip(ChannelWriteState state, IReadOnlyList<PostDraft> drafts) =>
        state.Channel is not null && state.Members.Version >= 0
        && drafts.All(d => !d.RequireMembership || state.Members.ById.ContainsKey(d.UserId));
}
