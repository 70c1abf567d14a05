using Microsoft.Extensions.Logging;
using Suite.Platform.Errors;
using Suite.Playbooks.Bot;
using Suite.Playbooks.Playbooks;
using Suite.Playbooks.Runs.Followers;

namespace Suite.Playbooks.Runs.CreateRun;

/// <summary>
/// What the Playbooks bot says when a run starts, as Mattermost's <c>CreatePlaybookRun</c>: the playbook's
/// welcome message in the run channel, a direct message to an owner who did not start the run themselves,
/// and the "ran the playbook" message in the broadcast channels and to the playbook's auto-followers. A
/// message that fails is logged; the run has started either way.
/// </summary>
internal sealed class RunStartedAnnouncement(
    PlaybooksBot bot, RunBroadcastChannels broadcasts, RunFollowerMessages followers, Usernames usernames, ILogger<RunStartedAnnouncement> logger)
{
    public async Task AnnounceAsync(PlaybookRun run, Playbook? playbook, IReadOnlyCollection<string> autoFollowerIds, CancellationToken cancellationToken)
    {
        var reporter = (await usernames.MentionsAsync([run.ReporterUserId], cancellationToken)).GetValueOrDefault(run.ReporterUserId, Usernames.Unknown);
        await TryAsync(run, "welcome message", async () =>
        {
            if (playbook is { MessageOnJoinEnabled: true, MessageOnJoin.Length: > 0 })
            {
                await RunPosts.PostAsync(bot, run, playbook.MessageOnJoin, "", cancellationToken);
            }
        });
        await TryAsync(run, "owner's message", async () =>
        {
            if (run.OwnerUserId != run.ReporterUserId)
            {
                await bot.DirectMessageAsync(run.OwnerUserId, $"You have been assigned ownership of the run: {RunPosts.Link(run)}, reported by {reporter}.", cancellationToken);
            }
        });

        if (playbook is null)
        {
            return;
        }

        var message = $"##### {RunPosts.Link(run)}\n{reporter} ran the [{RunPosts.LinkText(playbook.Title)}](/playbooks/playbooks/{playbook.Id}) playbook.";
        await broadcasts.PostAsync(run, message, "creation", cancellationToken);
        await followers.SendAsync(run, autoFollowerIds, message, run.ReporterUserId, cancellationToken);
    }

    private async Task TryAsync(PlaybookRun run, string what, Func<Task> post)
    {
        try
        {
            await post();
        }
        catch (AppErrorException ex)
        {
            logger.LogWarning("Run {Run}'s {What} was not posted: {Reason}", run.Id, what, ex.Message);
        }
    }
}
