using System.Text.Json;
using Suite.Channels.Contracts;
using Suite.Platform.Api;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Runs.FinishRun;
using Suite.Playbooks.Runs.Followers;
using Suite.Playbooks.Runs.Reminders;

namespace Suite.Playbooks.Runs.UpdateStatus;

/// <summary>
/// Posts the update in the run channel as its author (post type <c>custom_run_update</c> with Mattermost's
/// props), then as the Playbooks bot in each broadcast channel and by direct message to the followers,
/// deletes the reminder it answers, records it on the timeline, and sends it to the status webhooks
/// without waiting for them. A broadcast, message or webhook that fails never fails the update.
/// </summary>
internal sealed class UpdateStatusHandler(
    RunAccess access,
    RunStore runs,
    RunBroadcaster broadcaster,
    StatusWebhooks webhooks,
    RunBroadcastChannels broadcasts,
    RunFollowerMessages followers,
    PreviousReminder previousReminder,
    RunFinishedAnnouncement finished,
    Usernames usernames,
    ICurrentUser user,
    ISender sender,
    TimeProvider time) : IRequestHandler<UpdateStatusRequest, Unit>
{
    public const string PostType = "custom_run_update";

    public async Task<Unit> Handle(UpdateStatusRequest request, CancellationToken cancellationToken)
    {
        var run = await access.WorkableAsync(request.RunId, cancellationToken);
        var actor = await usernames.CallerAsync(cancellationToken);
        var props = Props(run, actor.TrimStart('@'));
        var post = await sender.Send(
            new CreatePost { ChannelId = run.ChannelId, UserId = user.UserId, Message = request.Message, Type = PostType, PropsJson = JsonSerializer.Serialize(props, ApiJson.Options) },
            cancellationToken);
        await broadcasts.PostAsync(run, $"**{run.Name}** status update:\n\n{request.Message}", "status update", cancellationToken, PostType, props);
        await followers.NotifyAsync(run, request.Message, user.UserId, cancellationToken, props);

        var reminderPostId = "";
        var finishing = false;
        var updated = await runs.ChangeAsync(
            run.Id,
            current =>
            {
                reminderPostId = current.ReminderPostId;
                var now = time.GetUtcNow().ToUnixTimeMilliseconds();
                RunEvent status = new StatusUpdated(request.Message, post.Id, request.Reminder) { At = now, ActorId = user.UserId, Summary = $"{actor} posted a status update" };
                finishing = request.FinishRun && current.CurrentStatus != RunStatuses.Finished;
                return finishing
                    ? [status, new RunFinished { At = now, ActorId = user.UserId, Summary = $"{actor} finished the run" }]
                    : [status];
            },
            cancellationToken);
        await previousReminder.DeleteAsync(run.Id, reminderPostId, cancellationToken);
        await broadcaster.UpdatedAsync(updated, cancellationToken);
        if (finishing)
        {
            await finished.AnnounceAsync(updated, user.UserId, actor, cancellationToken);
        }

        if (updated.StatusUpdateBroadcastWebhooksEnabled)
        {
            webhooks.Send(updated, user.UserId, request.Message);
        }

        return Unit.Value;
    }

    /// <summary>The props of Mattermost's status update post.</summary>
    private static Dictionary<string, object> Props(PlaybookRun run, string authorUsername) => new()
    {
        ["numTasksChecked"] = run.Checklists.Sum(c => c.Items.Count(i => i.State == Checklists.ChecklistItemStates.Closed)),
        ["numTasks"] = run.TaskTotal,
        ["participantIds"] = run.ParticipantIds,
        ["authorUsername"] = authorUsername,
        ["playbookRunId"] = run.Id,
        ["runName"] = run.Name,
    };
}
