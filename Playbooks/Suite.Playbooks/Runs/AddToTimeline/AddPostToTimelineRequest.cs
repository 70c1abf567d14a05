using FluentValidation;
using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;
using Suite.Playbooks.Api;

namespace Suite.Playbooks.Runs.AddToTimeline;

/// <summary>A channel post was added to the timeline (<c>event_from_post</c>), dated when it was posted, about its author.</summary>
public sealed record PostAddedToTimeline(string PostId, long PostedAt, string AuthorId) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        Record(run, TimelineEventTypes.EventFromPost, subjectUserId: AuthorId, postId: PostId);
        run.TimelineEvents[^1].EventAt = PostedAt;
        return run;
    }
}

/// <summary>
/// <c>POST /runs/add-to-timeline-dialog</c>: Mattermost's "Add to run timeline" dialog submission
/// (<c>{user_id, state: "{\"post_id\":...}", submission: {playbook_run, summary}}</c>). A participant adds a
/// post of a channel they can read to the run's timeline with their summary. Free in Suite.
/// </summary>
internal sealed record AddPostToTimelineRequest(string RunId, string PostId, string Summary, string SubmitterId) : IRequest;

internal sealed class AddPostToTimelineValidator : AbstractValidator<AddPostToTimelineRequest>
{
    public AddPostToTimelineValidator()
    {
        RuleFor(r => r.RunId).Must(Ids.IsValid).WithMessage("must name a run.").OverridePropertyName("submission.playbook_run");
        RuleFor(r => r.PostId).Must(Ids.IsValid).WithMessage("must name a post.").OverridePropertyName("state.post_id");
        RuleFor(r => r.Summary).MaximumLength(4096).OverridePropertyName("submission.summary");
    }
}

internal sealed class AddPostToTimelineHandler(RunAccess access, RunStore runs, RunBroadcaster broadcaster, ITeamMembership teams, ICurrentUser user, ISender sender, TimeProvider time)
    : IRequestHandler<AddPostToTimelineRequest, Unit>
{
    public async Task<Unit> Handle(AddPostToTimelineRequest request, CancellationToken cancellationToken)
    {
        if (request.SubmitterId != user.UserId)
        {
            throw AppErrorException.InvalidBody("user_id", "The dialog's user must be the one submitting it.");
        }

        await access.WorkableAsync(request.RunId, cancellationToken);
        var post = await sender.Send(new GetPostInfo(request.PostId), cancellationToken) ?? throw AppErrorException.InvalidBody("state", "There is no such post.");
        var channel = await sender.Send(new GetChannelInfo(post.ChannelId), cancellationToken);
        var readable = channel is not null && (user.IsSystemAdmin
            || await sender.Send(new IsChannelMember(channel.Id, user.UserId), cancellationToken)
            || channel.Type == "O" && await teams.GetRoleAsync(channel.TeamId, user.UserId, cancellationToken) is not null);
        if (!readable)
        {
            throw AppErrorException.InvalidBody("state", "There is no such post.");
        }

        var run = await runs.ChangeAsync(
            request.RunId,
            _ => [new PostAddedToTimeline(post.Id, post.CreateAt, post.UserId) { At = time.GetUtcNow().ToUnixTimeMilliseconds(), ActorId = user.UserId, Summary = request.Summary }],
            cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        return Unit.Value;
    }

    /// <summary>Reads Mattermost's <c>SubmitDialogRequest</c> for this dialog.</summary>
    public static AddPostToTimelineRequest FromDialog(DialogSubmission dialog) =>
        new(dialog.Text("playbook_run"), dialog.ReadState<DialogState>().PostId ?? "", dialog.Text("summary").Trim(), dialog.UserId ?? "");

    private sealed record DialogState(string? PostId);
}
