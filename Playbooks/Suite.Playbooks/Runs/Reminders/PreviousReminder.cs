using Microsoft.Extensions.Logging;
using Suite.Channels.Contracts;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Playbooks.Bot;

namespace Suite.Playbooks.Runs.Reminders;

/// <summary>
/// Removes the reminder post a run no longer needs once an update was posted or the reminder snoozed, as
/// Mattermost's <c>SetNewReminder</c> does. A post that is already gone, or cannot be deleted, never fails
/// the update or the snooze.
/// </summary>
internal sealed class PreviousReminder(ISender sender, PlaybooksBot bot, ILogger<PreviousReminder> logger)
{
    public async Task DeleteAsync(string runId, string postId, CancellationToken cancellationToken)
    {
        if (postId.Length == 0)
        {
            return;
        }

        try
        {
            await sender.Send(new DeletePost { PostId = postId, ActorId = await bot.IdAsync(cancellationToken) }, cancellationToken);
        }
        catch (AppErrorException ex)
        {
            logger.LogWarning("The previous reminder {Post} of run {Run} was not deleted: {Reason}", postId, runId, ex.Message);
        }
    }
}
