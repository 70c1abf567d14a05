using System.Text.Json;
using Microsoft.Extensions.Logging;
using Suite.Channels.Contracts;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Runs.UpdateStatus;

/// <summary>
/// Posts the update in the run channel as the author (post type <c>custom_run_update</c>), then in
/// each broadcast channel the author may post in, records it on the timeline, and sends it to the
/// status webhooks without waiting for them. A broadcast or webhook that fails never fails the update.
/// </summary>
internal sealed class UpdateStatusHandler(
    RunAccess access, RunStore runs, RunBroadcaster broadcaster, StatusWebhooks webhooks, Usernames usernames, ICurrentUser user, ISender sender, TimeProvider time,
    ILogger<UpdateStatusHandler> logger) : IRequestHandler<UpdateStatusRequest, Unit>
{
    public const string PostType = "custom_run_update";

    public async Task<Unit> Handle(UpdateStatusRequest request, CancellationToken cancellationToken)
    {
        var run = await access.WorkableAsync(request.RunId, cancellationToken);
        var props = JsonSerializer.Serialize(new Dictionary<string, string> { ["playbook_run_id"] = run.Id }, ApiJson.Options);
        var post = await sender.Send(new CreatePost { ChannelId = run.ChannelId, UserId = user.UserId, Message = request.Message, Type = PostType, PropsJson = props }, cancellationToken);
        if (run.StatusUpdateBroadcastChannelsEnabled)
        {
            foreach (var channelId in run.BroadcastChannelIds.Where(c => c != run.ChannelId))
            {
                await BroadcastAsync(channelId, run, request.Message, props, cancellationToken);
            }
        }

        var actor = await usernames.CallerAsync(cancellationToken);
        var updated = await runs.ChangeAsync(
            run.Id,
            current =>
            {
                var now = time.GetUtcNow().ToUnixTimeMilliseconds();
                RunEvent status = new StatusUpdated(request.Message, post.Id, request.Reminder) { At = now, ActorId = user.UserId, Summary = $"{actor} posted a status update" };
                return request.FinishRun && current.CurrentStatus != RunStatuses.Finished
                    ? [status, new RunFinished { At = now, ActorId = user.UserId, Summary = $"{actor} finished the run" }]
                    : [status];
            },
            cancellationToken);
        await broadcaster.UpdatedAsync(updated, cancellationToken);
        if (updated.StatusUpdateBroadcastWebhooksEnabled)
        {
            webhooks.Send(updated, user.UserId, request.Message);
        }

        return Unit.Value;
    }

    private async Task BroadcastAsync(string channelId, PlaybookRun run, string message, string props, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new CreatePost { ChannelId = channelId, UserId = user.UserId, Message = $"**{run.Name}** status update:\n\n{message}", Type = PostType, PropsJson = props }, cancellationToken);
        }
        catch (AppErrorException ex)
        {
            logger.LogWarning("Status update of run {Run} was not broadcast to channel {Channel}: {Reason}", run.Id, channelId, ex.Message);
        }
    }
}
