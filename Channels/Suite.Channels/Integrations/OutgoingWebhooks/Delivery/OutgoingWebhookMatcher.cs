using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Identity;
using Suite.Platform.Teams;

namespace Suite.Channels.Integrations.OutgoingWebhooks.Delivery;

/// <summary>
/// Off the posting path: takes the posts waiting in the in-memory hand-off (as many as are there,
/// so that a busy channel costs one lookup of its team's hooks per batch, not per post), finds the
/// hooks each fires and stores one pending delivery per callback URL, then wakes the delivery
/// worker. After a batch it lets the next one gather for a moment, so that under load a lookup
/// serves many posts; a post arriving while it is idle is matched at once. On shutdown it stores
/// what is still waiting in memory before stopping.
/// </summary>
internal sealed partial class OutgoingWebhookMatcher(
    OutgoingWebhookQueue queue, OutgoingWebhookStore hooks, OutgoingWebhookDeliveryStore deliveries, OutgoingWebhookDeliveryWorker worker,
    IUserDirectory users, ITeamDirectory teams, TimeProvider time, ILogger<OutgoingWebhookMatcher> logger)
    : BackgroundService
{
    private const int MaxBatch = 256;
    private static readonly TimeSpan GatherWindow = TimeSpan.FromMilliseconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PostCreated>(MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var post))
                {
                    batch.Add(post);
                }

                await StoreAsync(batch, stoppingToken);
                batch.Clear();
                await Task.Delay(GatherWindow, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            using var drainTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            while (queue.Reader.TryRead(out var post))
            {
                batch.Add(post);
            }

            await StoreAsync(batch, drainTimeout.Token);
        }
    }

    private async Task StoreAsync(List<PostCreated> posts, CancellationToken cancellationToken)
    {
        try
        {
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            var pending = new List<OutgoingWebhookDelivery>();
            var teamHooks = new Dictionary<string, IReadOnlyList<OutgoingWebhook>>(StringComparer.Ordinal);
            foreach (var post in posts)
            {
                if (!teamHooks.TryGetValue(post.TeamId, out var candidates))
                {
                    teamHooks[post.TeamId] = candidates = await hooks.ForTeamAsync(post.TeamId, cancellationToken);
                }

                await MatchAsync(post, candidates, now, pending, cancellationToken);
            }

            await deliveries.AddAsync(pending, cancellationToken);
            if (pending.Count > 0)
            {
                worker.Wake();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            MatchFailed(logger, ex, posts.Count, posts.Count > 0 ? posts[0].Post.Id : "");
        }
    }

    private async Task MatchAsync(PostCreated post, IReadOnlyList<OutgoingWebhook> candidates, long now, List<OutgoingWebhookDelivery> pending, CancellationToken cancellationToken)
    {
        Dictionary<string, string>? fields = null;
        foreach (var hook in candidates)
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Matching {Count} posts (the first {PostId}) against outgoing webhooks failed.")]
    private static partial void MatchFailed(ILogger logger, Exception exception, int count, string postId);
}
