using FluentValidation;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Checklists.ChangeChecklist;

/// <summary>A checklist operation on a run: <c>/runs/{id}/checklists/...</c>. Answers the run after it.</summary>
internal sealed record ChangeChecklistRequest(string RunId, ChecklistChange Change) : IRequest<PlaybookRun>;

internal sealed class ChangeChecklistValidator : AbstractValidator<ChangeChecklistRequest>
{
    public ChangeChecklistValidator()
    {
        RuleFor(r => ((SetItemState)r.Change).State).Must(ChecklistItemStates.All.Contains)
            .WithMessage("must be \"\", in_progress, closed or skipped.").OverridePropertyName("new_state").When(r => r.Change is SetItemState);
        RuleFor(r => ((AddItem)r.Change).Item).SetValidator(new Playbooks.ChecklistItemRules()).OverridePropertyName("item").When(r => r.Change is AddItem);
        RuleFor(r => ((AddChecklist)r.Change).Checklist).SetValidator(new Playbooks.ChecklistRules()).OverridePropertyName("checklist").When(r => r.Change is AddChecklist);
        RuleFor(r => ((EditItem)r.Change).Title).NotEmpty().WithMessage("must not be empty.").OverridePropertyName("title").When(r => r.Change is EditItem);
        RuleFor(r => ((RenameChecklist)r.Change).Title).NotEmpty().WithMessage("must not be empty.").OverridePropertyName("title").When(r => r.Change is RenameChecklist);
    }
}

internal sealed class ChangeChecklistHandler(
    RunAccess access, RunStore runs, RunBroadcaster broadcaster, Usernames usernames, ICurrentUser user, ITeamMembership teams, AssigneeNotice assigneeNotice, TimeProvider time)
    : IRequestHandler<ChangeChecklistRequest, PlaybookRun>
{
    public async Task<PlaybookRun> Handle(ChangeChecklistRequest request, CancellationToken cancellationToken)
    {
        var before = await access.WorkableAsync(request.RunId, cancellationToken);
        var change = request.Change;
        var assignee = change is SetItemAssignee assign ? assign.AssigneeId : "";
        if (assignee.Length > 0 && await teams.GetRoleAsync(before.TeamId, assignee, cancellationToken) is null)
        {
            throw AppErrorException.InvalidBody("assignee_id", "The assignee must be a member of the run's team.");
        }

        var earlierAssignee = change is SetItemAssignee at && at.Checklist >= 0 && at.Checklist < before.Checklists.Count
            && at.Item >= 0 && at.Item < before.Checklists[at.Checklist].Items.Count ? before.Checklists[at.Checklist].Items[at.Item].AssigneeId : "";
        var mentions = await usernames.MentionsAsync([user.UserId, assignee, earlierAssignee], cancellationToken);
        var actor = mentions.GetValueOrDefault(user.UserId, Usernames.Unknown);
        if (change is SetItemAssignee assignment)
        {
            change = assignment with { Mentions = mentions };
        }

        var earlierAssigneeId = "";
        var run = await runs.ChangeAsync(
            request.RunId,
            current =>
            {
                var appended = change.ToEvent(current, time.GetUtcNow().ToUnixTimeMilliseconds(), user.UserId, actor);
                earlierAssigneeId = change is SetItemAssignee set ? current.Checklists[set.Checklist].Items[set.Item].AssigneeId : "";
                return [appended];
            },
            cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        if (change is SetItemAssignee assigned)
        {
            run = await assigneeNotice.NotifyAsync(run, assigned, earlierAssigneeId, actor, cancellationToken);
        }

        return run;
    }
}
