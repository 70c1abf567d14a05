using Microsoft.Extensions.Logging;
using Suite.Channels.Contracts;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Playbooks.Bot;

namespace Suite.Playbooks.Runs;

/// <summary>
/// Posts a run's announcements (status updates, finish) in its broadcast channels as the Playbooks bot, as
/// Mattermost's <c>broadcastPlaybookRunMessageToChannels</c>: only in active channels of the run's team; a
/// channel that fails gets Mattermost's notice in the run channel and never fails the change.
/// </summary>
internal sealed class RunBroadcastChannels(PlaybooksBot bot, ISender sender, ILogger<RunBroadcastChannels> logger)
{
    public async Task PostAsync(PlaybookRun run, string message, string what, CancellationToken cancellationToken, string type = "", IReadOnlyDictionary<string, object>? props = null)
    {
        if (!run.StatusUpdateBroadcastChannelsEnabled)
        {
            return;
        }

        foreach (var channelId in run.BroadcastChannelIds.Where(c => c != run.ChannelId).Distinct(StringComparer.Ordinal))
        {
            try
            {
                var channel = await sender.Send(new GetChannelInfo(channelId), cancellationToken);
                if (channel is null || channel.DeleteAt != 0 || channel.TeamId != run.TeamId)
                {
                    throw new AppErrorException(400, "app.playbook_run.broadcast_channel", "The broadcast channel is not an active channel of the run's team.");
                }

                await bot.PostAsync(channelId, message, cancellationToken, type, props);
            }
            catch (AppErrorException ex)
            {
                logger.LogWarning("Run {Run}'s {What} was not broadcast to channel {Channel}: {Reason}", run.Id, what, channelId, ex.Message);
                await NoticeAsync(run, what, cancellationToken);
            }
        }
    }

    private async Task NoticeAsync(PlaybookRun run, string what, CancellationToken cancellationToken)
    {
        try
        {
            await bot.PostAsync(run.ChannelId, $"Failed to broadcast run {what} to the configured channel.", cancellationToken);
        }
        catch (AppErrorException ex)
        {
            logger.LogWarning("Run {Run}'s broadcast failure notice was not posted: {Reason}", run.Id, ex.Message);
        }
    }
}
