using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Channels.Contracts;
using Suite.Playbooks.Bot;
using Suite.Playbooks.ChannelActions;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Keywords;

/// <summary>
/// Off the posting path: takes the posts waiting in <see cref="KeywordPostQueue"/> (as many as are there,
/// so a busy server looks the channels' keyword actions up once per batch), and for each post holding an
/// enabled action's keywords, unless its author ignored the thread, replies in its thread with a prompt
/// naming the playbooks, as the Playbooks bot. The bot's own posts are never checked, as in Mattermost.
/// </summary>
internal sealed partial class KeywordPromptWorker(
    KeywordPostQueue queue, KeywordPromptStore prompts, PlaybookStore playbooks, PlaybooksBot bot, TimeProvider time, ILogger<KeywordPromptWorker> logger)
    : BackgroundService
{
    private const int MaxBatch = 256;

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

                await CheckAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task CheckAsync(List<PostCreated> posts, CancellationToken cancellationToken)
    {
        ILookup<string, ChannelAction> actions;
        try
        {
            actions = (await prompts.PromptActionsAsync(posts.Select(p => p.Post.ChannelId).Distinct().ToArray(), cancellationToken)).ToLookup(a => a.ChannelId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LookupFailed(logger, posts.Count, ex);
            return;
        }

        foreach (var post in posts.Where(p => actions.Contains(p.Post.ChannelId)))
        {
            try
            {
                await PromptAsync(post, actions[post.Post.ChannelId], cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                PromptFailed(logger, post.Post.Id, ex);
            }
        }
    }

    private async Task PromptAsync(PostCreated created, IEnumerable<ChannelAction> actions, CancellationToken cancellationToken)
    {
        var post = created.Post;
        if (post.UserId == await bot.IdAsync(cancellationToken))
        {
            return;
        }

        var triggered = new Dictionary<string, Playbook>();
        var triggers = new List<string>();
        foreach (var payload in actions.Select(ChannelActionRules.ReadPrompt).Where(p => p.PlaybookId.Length > 0 && p.Keywords.Count > 0))
        {
            var found = KeywordMatch.Found(created, payload.Keywords);
            if (found.Count > 0 && await playbooks.FindAsync(payload.PlaybookId, cancellationToken) is { DeleteAt: 0 } playbook)
            {
                triggered[playbook.Id] = playbook;
                triggers.AddRange(found);
            }
        }

        if (triggered.Count == 0 || await prompts.IsIgnoredAsync(post.RootId, post.UserId, cancellationToken))
        {
            return;
        }

        var offered = triggered.Values.OrderBy(p => p.Title, StringComparer.Ordinal).ToList();
        var prompt = new KeywordPrompt
        {
            Id = post.Id,
            ChannelId = post.ChannelId,
            TeamId = created.TeamId,
            TriggerRootId = post.RootId,
            TriggerUserId = post.UserId,
            PlaybookIds = offered.Select(p => p.Id).ToList(),
            Keywords = triggers,
            CreateAt = time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        await prompts.SaveAsync(prompt, cancellationToken);
        PostInfo reply;
        try
        {
            reply = await bot.PostAsync(
                post.ChannelId,
                KeywordPromptMessage.Text(offered, triggers),
                cancellationToken,
                KeywordPromptPosts.PostType,
                KeywordPromptMessage.Props(offered, post.Id),
                rootId: post.RootId.Length > 0 ? post.RootId : post.Id);
        }
        catch
        {
            await prompts.DeleteAsync(prompt.Id, CancellationToken.None);
            throw;
        }

        prompt.PromptPostId = reply.Id;
        await prompts.SaveAsync(prompt, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking up the keyword actions for {Count} posts failed; they are not checked.")]
    private static partial void LookupFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prompting to run a playbook after post {PostId} failed.")]
    private static partial void PromptFailed(ILogger logger, string postId, Exception exception);
}
