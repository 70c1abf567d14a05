using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Suite.Channels.Integrations.OutgoingWebhooks.Delivery;

/// <summary>
/// Drains the queue: finds the hooks each post fires and starts one delivery per callback URL,
/// at most <see cref="ConcurrentDeliveries"/> at a time, so that one hanging callback holds up neither
/// posting nor the other hooks.
/// </summary>
internal sealed partial class OutgoingWebhookDispatcher(
    OutgoingWebhookQueue queue, OutgoingWebhookStore hooks, OutgoingWebhookSender sender, ILogger<OutgoingWebhookDispatcher> logger)
    : BackgroundService
{
    private const int ConcurrentDeliveries = 16;

    private readonly SemaphoreSlim _slots = new(ConcurrentDeliveries);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var post in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                foreach (var hook in await hooks.ForTeamAsync(post.TeamId, stoppingToken))
                {
                    if (hook.MatchTrigger(post.Post.ChannelId, post.Post.Message) is not { } triggerWord)
                    {
                        continue;
                    }

                    foreach (var url in hook.CallbackUrls)
                    {
                        await _slots.WaitAsync(stoppingToken);
                        _ = DeliverAsync(hook, url, post, triggerWord, stoppingToken);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                MatchFailed(logger, ex, post.Post.Id);
            }
        }
    }

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    private async Task DeliverAsync(OutgoingWebhook hook, string url, Contracts.PostCreated post, string triggerWord, CancellationToken stoppingToken)
    {
        try
        {
            await sender.DeliverAsync(hook, url, post, triggerWord, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DeliveryFailed(logger, ex, hook.Id);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the delivery is abandoned, as Mattermost's are.
        }
        finally
        {
            _slots.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Matching post {PostId} against outgoing webhooks failed.")]
    private static partial void MatchFailed(ILogger logger, Exception exception, string postId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering outgoing webhook {HookId} failed unexpectedly.")]
    private static partial void DeliveryFailed(ILogger logger, Exception exception, string hookId);
}
