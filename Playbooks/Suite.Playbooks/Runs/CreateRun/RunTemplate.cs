using Suite.Platform;
using Suite.Playbooks.Checklists;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Runs.CreateRun;

/// <summary>A new run as its playbook describes it: checklists with fresh ids, due dates made absolute, assignees resolved.</summary>
internal static class RunTemplate
{
    public static PlaybookRun From(Playbook? playbook, string runId, string name, string summary, string teamId, string ownerId, string reporterId, long now)
    {
        var run = new PlaybookRun
        {
            Id = runId,
            Name = name,
            Summary = summary,
            SummaryModifiedAt = summary.Length > 0 ? now : 0,
            TeamId = teamId,
            OwnerUserId = ownerId,
            ReporterUserId = reporterId,
            CreateAt = now,
            UpdateAt = now,
            LastStatusUpdateAt = now,
            Type = playbook is null ? RunTypes.ChannelChecklist : RunTypes.Playbook,
        };
        if (playbook is null)
        {
            return run;
        }

        run.PlaybookId = playbook.Id;
        if (summary.Length == 0 && playbook is { RunSummaryTemplateEnabled: true, RunSummaryTemplate.Length: > 0 })
        {
            run.Summary = playbook.RunSummaryTemplate;
            run.SummaryModifiedAt = now;
        }

        run.Checklists = playbook.Checklists.Select(c => Instantiate(c, ownerId, reporterId, now)).ToList();
        run.StatusUpdateEnabled = playbook.StatusUpdateEnabled;
        run.ReminderMessageTemplate = playbook.ReminderMessageTemplate;
        run.ReminderTimerDefaultSeconds = playbook.ReminderTimerDefaultSeconds;
        run.PreviousReminder = playbook.ReminderTimerDefaultSeconds * 1_000_000_000;
        run.BroadcastChannelIds = [.. playbook.BroadcastChannelIds];
        run.StatusUpdateBroadcastChannelsEnabled = playbook.BroadcastEnabled || playbook.BroadcastChannelIds.Count > 0;
        run.WebhookOnStatusUpdateUrls = [.. playbook.WebhookOnStatusUpdateUrls];
        run.StatusUpdateBroadcastWebhooksEnabled = playbook.WebhookOnStatusUpdateEnabled || playbook.WebhookOnStatusUpdateUrls.Count > 0;
        run.RetrospectiveEnabled = playbook.RetrospectiveEnabled;
        run.FollowUpsBoardId = playbook.FollowUpsBoardId;
        run.Retrospective = playbook.RetrospectiveTemplate;
        run.MessageOnJoin = playbook.MessageOnJoinEnabled ? playbook.MessageOnJoin : "";
        run.InvitedUserIds = playbook.InviteUsersEnabled ? [.. playbook.InvitedUserIds] : [];
        run.CreateChannelMemberOnNewParticipant = playbook.CreateChannelMemberOnNewParticipant;
        run.RemoveChannelMemberOnRemovedParticipant = playbook.RemoveChannelMemberOnRemovedParticipant;
        return run;
    }

    private static Checklist Instantiate(Checklist template, string ownerId, string reporterId, long now)
    {
        var checklist = template.Copy();
        checklist.Id = Ids.New();
        checklist.UpdateAt = now;
        foreach (var item in checklist.Items)
        {
            item.Id = Ids.New();
            item.State = ChecklistItemStates.Open;
            item.StateModified = 0;
            item.UpdateAt = now;
            item.DueDate = item.DueDate > 0 ? now + item.DueDate : 0;
            item.AssigneeId = item.AssigneeType switch
            {
                "owner" => ownerId,
                "creator" => reporterId,
                _ => item.AssigneeId,
            };
        }

        return checklist;
    }
}
