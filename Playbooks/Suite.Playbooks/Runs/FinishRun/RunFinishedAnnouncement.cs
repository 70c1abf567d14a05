using Microsoft.Extensions.Logging;
using Suite.Platform.Errors;
using Suite.Playbooks.Bot;
using Suite.Playbooks.Runs.Followers;

namespace Suite.Playbooks.Runs.FinishRun;

/// <summary>
/// What Mattermost's <c>FinishPlaybookRun</c> says when a run ends: the bot's "marked as finished" post in the
/// run channel and its broadcast channels, and a "Run finished" direct message to the followers. A post that
/// fails is logged; the run is finished either way.
/// </summary>
internal sealed class RunFinishedAnnouncement(PlaybooksBot bot, RunBroadcastChannels broadcasts, RunFollowerMessages followers, ILogger<RunFinishedAnnouncement> logger)
{
    public async Task AnnounceAsync(PlaybookRun run, string actorId, string actorMention, CancellationToken cancellationToken)
    {
        var message = $"{actorMention} marked {RunPosts.Link(run)} as finished.";
        try
        {
            await RunPosts.PostAsync(bot, run, message, "", cancellationToken);
        }
        catch (AppErrorException ex)
        {
            logger.LogWarning("Run {Run}'s finish was not announced in its channel: {Reason}", run.Id, ex.Message);
        }

        await broadcasts.PostAsync(run, message, "finish", cancellationToken);
        await followers.NotifyAsync(
            run,
            $"### Run finished: {RunPosts.Link(run)}\n{actorMention} just marked {RunPosts.Link(run)} as finished. Visit the link above for more information.",
            actorId,
            cancellationToken);
    }
}
