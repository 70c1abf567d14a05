using Suite.Channels.Contracts;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Bot;

namespace Suite.Playbooks.Runs.RequestUpdate;

/// <summary>A status update was asked of the owner by a post in the run channel.</summary>
public sealed record StatusUpdateRequested(string PostId) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run) => Record(run, TimelineEventTypes.StatusUpdateRequested, subjectUserId: ActorId, postId: PostId);
}

/// <summary>
/// <c>POST /runs/{id}/request-update</c>: whoever may see an ongoing run asks its owner for a status update
/// with a post in the run channel that mentions the owner (timeline <c>status_update_requested</c>). The
/// post is the Playbooks bot's, as Mattermost's.
/// </summary>
internal sealed record RequestUpdateRequest(string RunId) : IRequest;

internal sealed class RequestUpdateHandler(RunAccess access, RunStore runs, RunBroadcaster broadcaster, Usernames usernames, ICurrentUser user, PlaybooksBot bot, TimeProvider time)
    : IRequestHandler<RequestUpdateRequest, Unit>
{
    public async Task<Unit> Handle(RequestUpdateRequest request, CancellationToken cancellationToken)
    {
        var run = await access.ReadableAsync(request.RunId, cancellationToken);
        if (run.CurrentStatus != RunStatuses.InProgress)
        {
            throw new AppErrorException(400, "app.playbook_run.finished", "The run is finished: there is no status update to ask for.");
        }

        var mentions = await usernames.MentionsAsync([user.UserId, run.OwnerUserId], cancellationToken);
        var requester = mentions.GetValueOrDefault(user.UserId, Usernames.Unknown);
        var message = $"{mentions.GetValueOrDefault(run.OwnerUserId, "@here")} — {requester} requested a status update for [{RunPosts.LinkText(run.Name)}]({RunPosts.DetailsUrl(run.Id)}).";
        var post = await RunPosts.PostAsync(bot, run, message, "", cancellationToken);
        var updated = await runs.ChangeAsync(
            run.Id,
            _ => [new StatusUpdateRequested(post.Id) { At = time.GetUtcNow().ToUnixTimeMilliseconds(), ActorId = user.UserId, Summary = $"{requester} requested a status update" }],
            cancellationToken);
        await broadcaster.UpdatedAsync(updated, cancellationToken);
        return Unit.Value;
    }
}

/// <summary>
/// <c>POST /runs/{id}/request-join-channel</c>: a participant who is not in the run channel asks to be
/// let in, with a post there by the Playbooks bot that any member can act on.
/// </summary>
internal sealed record RequestJoinChannelRequest(string RunId) : IRequest;

internal sealed class RequestJoinChannelHandler(RunAccess access, Usernames usernames, ICurrentUser user, ISender sender, PlaybooksBot bot) : IRequestHandler<RequestJoinChannelRequest, Unit>
{
    public async Task<Unit> Handle(RequestJoinChannelRequest request, CancellationToken cancellationToken)
    {
        var run = await access.WorkableAsync(request.RunId, cancellationToken);
        if (run.CurrentStatus != RunStatuses.InProgress)
        {
            throw new AppErrorException(400, "app.playbook_run.finished", "The run is finished.");
        }

        if (await sender.Send(new IsChannelMember(run.ChannelId, user.UserId), cancellationToken))
        {
            throw new AppErrorException(400, "app.playbook_run.already_in_channel", "You are already a member of the run's channel.");
        }

        var requester = await usernames.CallerAsync(cancellationToken);
        await RunPosts.PostAsync(bot, run, $"{requester} is a run participant and wants to join this channel. Any member of the channel can invite them.", "", cancellationToken);
        return Unit.Value;
    }
}
