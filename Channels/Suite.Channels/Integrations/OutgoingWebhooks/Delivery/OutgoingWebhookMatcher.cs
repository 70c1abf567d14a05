using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Identity;
using Suite.Platform.Teams;

namespace Suite.Channels.Integrations.OutgoingWebhooks.Delivery;

/// <summary>
/// Off the posting path: takes each post from the in-memory hand-off, finds the hooks it fires and
/// stores one pending delivery per callback URL, then wakes the delivery worker. On shutdown it
/// stores what is still waiting in memory before stopping.
/// </summary>
internal sealed partial class OutgoingWebhookMatcher(
    OutgoingWebhookQueue queue, OutgoingWebhookStore hooks, OutgoingWebhookDeliveryStore deliveries, OutgoingWebhookDeliveryWorker worker,
    IUserDirectory users, ITeamDirectory teams, TimeProvider time, ILogger<OutgoingWebhookMatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        PostCreated? storing = null;
        try
        {
            await foreach (var post in queue.Reader.ReadAllAsync(stoppingToken))
            {
                storing = post;
                await StoreAsync(post, stoppingToken);
                storing = null;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            using var drainTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            if (storing is not null)
            {
                await StoreAsync(storing, drainTimeout.Token);
            }

            while (!drainTimeout.IsCancellationRequested && queue.Reader.TryRead(out var post))
            {
                await StoreAsync(post, drainTimeout.Token);
            }
        }
    }

    private async Task StoreAsync(PostCreated post, CancellationToken cancellationToken)
    {
        try
        {
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            var pending = new List<OutgoingWebhookDelivery>();
            Dictionary<string, string>? fields = null;
            foreach (var hook in await hooks.ForTeamAsync(post.TeamId, cancellationToken))
            {
                if (hook.MatchTrigger(post.Post.ChannelId, post.Post.Message) is not { } triggerWord)
                {
                    continue;
                }

                fields ??= await FieldsAsync(post, cancellationToken);
                var payload = JsonSerializer.Serialize(new Dictionary<string, string>(fields) { ["team_id"] = hook.TeamId, ["trigger_word"] = triggerWord });
                pending.AddRange(hook.CallbackUrls.Select(url => new OutgoingWebhookDelivery
                {
                    Id = Ids.New(),
                    HookId = hook.Id,
                    CallbackUrl = url,
                    PostId = post.Post.Id,
                    ChannelId = post.Post.ChannelId,
                    RootId = post.Post.RootId,
                    PostCreateAt = post.Post.CreateAt,
                    Payload = payload,
                    NextAttemptAt = now,
                    CreateAt = now,
                }));
            }

            await deliveries.AddAsync(pending, cancellationToken);
            if (pending.Count > 0)
            {
                worker.Wake();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            MatchFailed(logger, ex, post.Post.Id);
        }
    }

    // Mattermost's payload, less what depends on the hook (token, trigger word) or the moment of sending (timestamp).
    private async Task<Dictionary<string, string>> FieldsAsync(PostCreated post, CancellationToken cancellationToken)
    {
        var author = await users.FindByIdsAsync([post.Post.UserId], cancellationToken);
        return new Dictionary<string, string>
        {
            ["team_domain"] = await teams.FindNameByIdAsync(post.TeamId, cancellationToken) ?? "",
            ["channel_id"] = post.Post.ChannelId,
            ["channel_name"] = post.ChannelName,
            ["user_id"] = post.Post.UserId,
            ["user_name"] = author.Count > 0 ? author[0].Username : "",
            ["post_id"] = post.Post.Id,
            ["text"] = post.Post.Message,
            ["file_ids"] = string.Join(',', post.FileIds),
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Matching post {PostId} against outgoing webhooks failed.")]
    private static partial void MatchFailed(ILogger logger, Exception exception, string postId);
}
