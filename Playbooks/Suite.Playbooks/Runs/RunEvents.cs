using System.Text.Json;
using Suite.Platform;
using Suite.Playbooks.Checklists;
using Suite.Playbooks.Insights;

namespace Suite.Playbooks.Runs;

/// <summary>
/// A change to a run, appended to its event stream. <see cref="Apply"/> is the projection's step
/// for this event: the same code moves the stored run document (inline) and the writer's copy.
/// </summary>
public abstract record RunEvent
{
    /// <summary>When it happened, in Unix milliseconds.</summary>
    public required long At { get; init; }

    /// <summary>Who did it.</summary>
    public required string ActorId { get; init; }

    /// <summary>The id of the timeline entry this event writes, if it writes one.</summary>
    public string TimelineId { get; init; } = Ids.New();

    /// <summary>The timeline's text for this event, in Mattermost's words; empty for events that write none.</summary>
    public string Summary { get; init; } = "";

    public PlaybookRun Apply(PlaybookRun run)
    {
        var timelineLength = run.TimelineEvents.Count;
        var next = Evolve(run);
        next.UpdateAt = Math.Max(next.UpdateAt, At);
        Reminders.RunReminders.Reschedule(next, At);
        Acknowledgement.Note(next, timelineLength, At);
        return next;
    }

    protected abstract PlaybookRun Evolve(PlaybookRun run);

    protected PlaybookRun Record(PlaybookRun run, string eventType, string subjectUserId = "", string details = "", string postId = "")
    {
        run.TimelineEvents.Add(new TimelineEvent
        {
            Id = TimelineId,
            PlaybookRunId = run.Id,
            CreateAt = At,
            EventAt = At,
            EventType = eventType,
            Summary = Summary,
            Details = details,
            PostId = postId,
            SubjectUserId = subjectUserId,
            CreatorUserId = ActorId,
        });
        return run;
    }

    protected static ChecklistItem ItemAt(PlaybookRun run, int checklist, int item) => run.Checklists[checklist].Items[item];
}

/// <summary>The run began: the whole run as it started.</summary>
public sealed record RunStarted : RunEvent
{
    public required PlaybookRun Run { get; init; }

    // A copy: the event object is shared by the writer's fold and Marten's inline projection.
    protected override PlaybookRun Evolve(PlaybookRun run) =>
        Record(JsonSerializer.Deserialize<PlaybookRun>(JsonSerializer.SerializeToUtf8Bytes(Run))!, TimelineEventTypes.RunCreated, subjectUserId: Run.OwnerUserId);
}

public sealed record ItemStateChanged(int Checklist, int Item, string State) : RunEvent
{
    /// <summary>Mattermost's <c>{action, task}</c> for the timeline entry; empty in older streams.</summary>
    public string Details { get; init; } = "";

    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        var item = ItemAt(run, Checklist, Item);
        item.State = State;
        item.StateModified = At;
        item.UpdateAt = At;
        return Details.Length == 0 ? Record(run, TimelineEventTypes.TaskStateModified) : Record(run, TimelineEventTypes.TaskStateModified, subjectUserId: ActorId, details: Details);
    }
}

public sealed record ItemAssigneeChanged(int Checklist, int Item, string AssigneeId) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        var item = ItemAt(run, Checklist, Item);
        item.AssigneeId = AssigneeId;
        item.AssigneeType = "";
        item.AssigneeModified = At;
        item.UpdateAt = At;
        // Mattermost's entry names who assigned (its web app puts that name before the summary); older streams named the assignee.
        return Record(run, TimelineEventTypes.AssigneeChanged, subjectUserId: Summary.StartsWith('@') ? AssigneeId : ActorId);
    }
}

public sealed record ItemAdded(int Checklist, ChecklistItem NewItem) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.Checklists[Checklist].Items.Add(NewItem.Copy());
        run.Checklists[Checklist].UpdateAt = At;
        return run;
    }
}

public sealed record ItemEdited(int Checklist, int Item, string Title, string Description, string Command) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        var item = ItemAt(run, Checklist, Item);
        item.Title = Title;
        item.Description = Description;
        item.Command = Command;
        item.UpdateAt = At;
        return run;
    }
}

public sealed record ItemDeleted(int Checklist, int Item) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.Checklists[Checklist].Items.RemoveAt(Item);
        run.Checklists[Checklist].UpdateAt = At;
        return run;
    }
}

public sealed record ChecklistAdded(Checklist NewChecklist) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.Checklists.Add(NewChecklist.Copy());
        return run;
    }
}

public sealed record ChecklistRenamed(int Checklist, string Title) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.Checklists[Checklist].Title = Title;
        run.Checklists[Checklist].UpdateAt = At;
        return run;
    }
}

public sealed record ChecklistDeleted(int Checklist) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.Checklists.RemoveAt(Checklist);
        return run;
    }
}

/// <summary>A status update was posted in the run channel; the next is due <see cref="ReminderSeconds"/> later.</summary>
public sealed record StatusUpdated(string Message, string PostId, long ReminderSeconds) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.StatusPosts.Add(new StatusPost { Id = PostId, CreateAt = At });
        run.LastStatusUpdateAt = At;
        run.PreviousReminder = ReminderSeconds * 1_000_000_000;
        return Record(run, TimelineEventTypes.StatusUpdated, details: Message, postId: PostId);
    }
}

public sealed record OwnerChanged(string OwnerUserId) : RunEvent
{
    /// <summary>The items assigned to the owner's role that move to the new owner, each with its own timeline entry; empty in older streams.</summary>
    public IReadOnlyList<OwnerRoleItemReassigned> Reassigned { get; init; } = [];

    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.OwnerUserId = OwnerUserId;
        if (!run.ParticipantIds.Contains(OwnerUserId))
        {
            run.ParticipantIds.Add(OwnerUserId);
        }

        Record(run, TimelineEventTypes.OwnerChanged, subjectUserId: OwnerUserId);
        foreach (var reassigned in Reassigned.Where(r => r.Checklist < run.Checklists.Count && r.Item < run.Checklists[r.Checklist].Items.Count))
        {
            var item = ItemAt(run, reassigned.Checklist, reassigned.Item);
            item.AssigneeId = OwnerUserId;
            item.AssigneeModified = At;
            item.UpdateAt = At;
            run.Checklists[reassigned.Checklist].UpdateAt = At;
            run.TimelineEvents.Add(new TimelineEvent
            {
                Id = reassigned.TimelineId,
                PlaybookRunId = run.Id,
                CreateAt = At,
                EventAt = At,
                EventType = TimelineEventTypes.AssigneeChanged,
                Summary = reassigned.Summary,
                SubjectUserId = ActorId,
                CreatorUserId = ActorId,
            });
        }

        return run;
    }
}

/// <summary>An item assigned to the owner's role, at <see cref="Checklist"/>/<see cref="Item"/>, went to the new owner.</summary>
public sealed record OwnerRoleItemReassigned(int Checklist, int Item, string TimelineId, string Summary);

public sealed record ParticipantsAdded(IReadOnlyList<string> UserIds) : RunEvent
{
    /// <summary>Mattermost's <c>{action, requester, users}</c> for the timeline entry; empty in older streams.</summary>
    public string Details { get; init; } = "";

    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.ParticipantIds.AddRange(UserIds.Where(u => !run.ParticipantIds.Contains(u)));
        return ParticipantsTimeline.Record(this, run, UserIds, Details, (type, subject) => Record(run, type, subjectUserId: subject, details: Details));
    }
}

/// <summary>Mattermost's entry for a membership change: <c>user_joined_left</c> when people add or remove only themselves, else <c>participants_changed</c>.</summary>
internal static class ParticipantsTimeline
{
    public static PlaybookRun Record(RunEvent change, PlaybookRun run, IReadOnlyList<string> userIds, string details, Func<string, string, PlaybookRun> record)
    {
        if (details.Length == 0)
        {
            return record(TimelineEventTypes.ParticipantsChanged, "");
        }

        var self = userIds is [var only] && only == change.ActorId;
        return record(self ? TimelineEventTypes.UserJoinedLeft : TimelineEventTypes.ParticipantsChanged, userIds is [var one] ? one : change.ActorId);
    }
}

public sealed record RunFinished : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.CurrentStatus = RunStatuses.Finished;
        run.EndAt = At;
        return Record(run, TimelineEventTypes.RunFinished);
    }
}

public sealed record RunRestored : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.CurrentStatus = RunStatuses.InProgress;
        run.EndAt = 0;
        return Record(run, TimelineEventTypes.RunRestored);
    }
}

/// <summary>A timeline entry was removed (soft delete, as Mattermost).</summary>
public sealed record TimelineEventDeleted(string EventId) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        foreach (var entry in run.TimelineEvents.Where(e => e.Id == EventId))
        {
            entry.DeleteAt = At;
        }

        return run;
    }
}

/// <summary>The retrospective's draft was saved, or published when <see cref="Published"/>.</summary>
public sealed record RetrospectiveWritten(string Text, IReadOnlyList<RunMetricValue> Metrics, bool Published) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.Retrospective = Text;
        run.MetricsData = Metrics.Select(m => new RunMetricValue { MetricConfigId = m.MetricConfigId, Value = m.Value }).ToList();
        if (!Published)
        {
            return run;
        }

        run.RetrospectivePublishedAt = At;
        run.RetrospectiveWasCanceled = false;
        return Record(run, TimelineEventTypes.PublishedRetrospective, details: Text);
    }
}

/// <summary>The team decided this run needs no retrospective.</summary>
public sealed record RetrospectiveCanceled : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.RetrospectiveWasCanceled = true;
        return Record(run, TimelineEventTypes.CanceledRetrospective);
    }
}

/// <summary>Every event type, registered with Marten by alias so a new process reads old streams.</summary>
internal static class RunEventTypes
{
    public static readonly Type[] All =
    [
        typeof(RunStarted), typeof(ItemStateChanged), typeof(ItemAssigneeChanged), typeof(ItemAdded), typeof(ItemEdited),
        typeof(ItemDeleted), typeof(ChecklistAdded), typeof(ChecklistRenamed), typeof(ChecklistDeleted), typeof(StatusUpdated),
        typeof(OwnerChanged), typeof(ParticipantsAdded), typeof(RunFinished), typeof(RunRestored), typeof(TimelineEventDeleted),
        typeof(RetrospectiveWritten), typeof(RetrospectiveCanceled),
        typeof(FollowUps.FollowUpsCreated), typeof(FollowUps.FollowUpsFailed),
        .. Alerts.Processing.AlertTimelineEventTypes.Events,
        typeof(ChecklistMoved), typeof(ItemMoved), typeof(ChecklistItemsSet), typeof(ChecklistDuplicated), typeof(ItemDuplicated),
        typeof(ItemCommandSet), typeof(ItemDueDateSet), typeof(ItemCommandRan),
        typeof(Reminders.StatusUpdateOverdue), typeof(Reminders.ReminderPosted), typeof(Reminders.StatusUpdateSnoozed), typeof(Toggles.StatusUpdatesToggled),
        typeof(Toggles.RetrospectiveToggled), typeof(Followers.RunFollowed), typeof(Followers.RunUnfollowed), typeof(RequestUpdate.StatusUpdateRequested),
        typeof(PatchRun.RunPatched), typeof(Participants.ParticipantsRemoved),
        typeof(AddToTimeline.PostAddedToTimeline),
        typeof(PropertyFields.RunPropertyValueSet), typeof(Conditions.ItemConditionsEvaluated),
    ];
}
