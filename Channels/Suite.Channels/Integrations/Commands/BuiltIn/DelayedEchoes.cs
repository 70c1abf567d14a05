using Microsoft.Extensions.Logging;
using Suite.Channels.Channels;
using Suite.Channels.Posts;
using Suite.Channels.Posts.CreatePost;
using Suite.Platform.Errors;

namespace Suite.Channels.Integrations.Commands.BuiltIn;

/// <summary>
/// The posts of <c>/echo "message" delay</c>, written when their delay has passed on the injected clock, off
/// the request that asked for them. They wait in memory (a restart drops them, as Mattermost's do), at most
/// <see cref="MaxPending"/> at a time; the author must still be a member of the open channel when one falls due.
/// </summary>
internal sealed partial class DelayedEchoes(ChannelStore channels, PostDrafts drafts, PostCreation creation, TimeProvider time, ILogger<DelayedEchoes> logger)
    : IDisposable
{
    public const int MaxDelaySeconds = 10_000;

    public const int MaxPending = 100;

    private readonly CancellationTokenSource _stopping = new();
    private int _pending;

    public bool TrySchedule(string channelId, string userId, string rootId, string message, TimeSpan delay)
    {
        if (Interlocked.Increment(ref _pending) > MaxPending)
        {
            Interlocked.Decrement(ref _pending);
            return false;
        }

        _ = PostLaterAsync(channelId, userId, rootId, message, delay);
        return true;
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task PostLaterAsync(string channelId, string userId, string rootId, string message, TimeSpan delay)
    {
        var stopping = _stopping.Token;
        try
        {
            await Task.Delay(delay, time, stopping);
            var channel = await channels.FindAsync(channelId, stopping);
            if (channel is null || !await channels.IsMemberAsync(channelId, userId, stopping))
            {
                Dropped(logger, channelId, "the author is no longer a member of the channel");
                return;
            }

            var draft = await drafts.PrepareAsync(channel, userId, message, rootId, null, [], "", "", fromWebhook: false, stopping);
            await creation.CreateAsync(draft, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (AppErrorException ex)
        {
            Dropped(logger, channelId, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Failed(logger, ex, channelId);
        }
        finally
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A delayed /echo post in channel {ChannelId} was not made: {Reason}")]
    private static partial void Dropped(ILogger logger, string channelId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A delayed /echo post in channel {ChannelId} failed")]
    private static partial void Failed(ILogger logger, Exception exception, string channelId);
}
