using Microsoft.Extensions.Logging;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Bot;
using Suite.Playbooks.Runs;
using Suite.Playbooks.Runs.Participants;

namespace Suite.Playbooks.Checklists.ChangeChecklist;

/// <summary>
/// What follows an item's new assignee, as Mattermost's <c>SetAssignee</c>: someone assigned by another person
/// hears of it from the Playbooks bot; one who does not take part in the run joins it when the run's owner (or a
/// system admin) assigned them, and otherwise is told nothing, so that no one learns of a run they may not see.
/// </summary>
internal sealed class AssigneeNotice(PlaybooksBot bot, ISender sender, RunStore runs, ICurrentUser user, ILogger<AssigneeNotice> logger)
{
    /// <summary>After <paramref name="assignment"/> was applied to <paramref name="run"/>; answers the run as it is afterwards.</summary>
    public async Task<PlaybookRun> NotifyAsync(PlaybookRun run, SetItemAssignee assignment, string earlierAssigneeId, string actor, CancellationToken cancellationToken)
    {
        var assigneeId = assignment.AssigneeId;
        if (assigneeId.Length == 0)
        {
            return run;
        }

        try
        {
            if (!run.ParticipantIds.Contains(assigneeId))
            {
                if (user.UserId != run.OwnerUserId && !user.IsSystemAdmin)
                {
                    return run;
                }

                await sender.Send(new ChangeParticipantsRequest(run.Id, [assigneeId], Add: true), cancellationToken);
                run = await runs.FindAsync(run.Id, cancellationToken) ?? run;
            }

            if (assigneeId != user.UserId)
            {
                var title = TimelineText.Plain(run.Checklists[assignment.Checklist].Items[assignment.Item].Title);
                var link = $"[{RunPosts.LinkText(run.Name)}]({RunPosts.DetailsUrl(run.Id)}?from=dm_assignedtask)";
                await bot.DirectMessageAsync(
                    assigneeId,
                    $"{actor} assigned you the task **{title}** (previously assigned to {assignment.Name(earlierAssigneeId)}) for the run: {link}\n   #taskassigned",
                    cancellationToken);
            }
        }
        catch (AppErrorException ex)
        {
            logger.LogWarning("Run {Run}'s new assignee {User} was not told or added: {Reason}", run.Id, assigneeId, ex.Message);
        }

        return run;
    }
}
