using Microsoft.Extensions.Logging;
using Suite.Platform.Errors;
using Suite.Playbooks.Bot;

namespace Suite.Playbooks.Runs.Followers;

/// <summary>
/// Direct messages from the Playbooks bot to a run's followers, as Mattermost's <c>dmPostToRunFollowers</c>:
/// never to the person who caused the message, only to followers who may still see the run, and a message
/// that cannot be delivered to one follower is logged without stopping the others or the change itself.
/// </summary>
internal sealed class RunFollowerMessages(PlaybooksBot bot, RunViewers viewers, ILogger<RunFollowerMessages> logger)
{
    public Task NotifyAsync(PlaybookRun run, string message, string authorId, CancellationToken cancellationToken, IReadOnlyDictionary<string, object>? props = null) =>
        SendAsync(run, run.FollowerIds, message, authorId, cancellationToken, props);

    /// <summary>Sends to the given users (for example a playbook's auto-followers) under the same rules.</summary>
    public async Task SendAsync(
        PlaybookRun run, IEnumerable<string> userIds, string message, string authorId, CancellationToken cancellationToken, IReadOnlyDictionary<string, object>? props = null)
    {
        foreach (var userId in await viewers.FilterAsync(run, userIds.Where(id => id != authorId), cancellationToken))
        {
            try
            {
                await bot.DirectMessageAsync(userId, message, cancellationToken, props);
            }
            catch (AppErrorException ex)
            {
                logger.LogWarning("Run {Run}'s message to follower {User} was not sent: {Reason}", run.Id, userId, ex.Message);
            }
        }
    }
}
