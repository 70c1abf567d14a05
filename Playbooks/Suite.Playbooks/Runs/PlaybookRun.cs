using Suite.Playbooks.Checklists;
using Suite.Playbooks.PropertyFields;

namespace Suite.Playbooks.Runs;

/// <summary>
/// An incident run, as Mattermost's Playbooks answers it. Never written directly: it is the inline
/// projection of the run's event stream (<see cref="RunProjection"/>), so every change is also a
/// timeline entry or a step of one.
/// </summary>
public sealed class PlaybookRun
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Summary { get; set; } = "";

    public long SummaryModifiedAt { get; set; }

    public string TeamId { get; set; } = "";

    public string ChannelId { get; set; } = "";

    public string PostId { get; set; } = "";

    public string PlaybookId { get; set; } = "";

    /// <summary><c>playbook</c>, or <c>channelChecklist</c> for a standalone run.</summary>
    public string Type { get; set; } = RunTypes.Playbook;

    public long RunNumber { get; set; }

    public string SequentialId { get; set; } = "";

    public string OwnerUserId { get; set; } = "";

    public string ReporterUserId { get; set; } = "";

    public List<string> ParticipantIds { get; set; } = [];

    public List<string> InvitedUserIds { get; set; } = [];

    /// <summary>Who follows the run (Mattermost answers them from <c>/followers</c> and the metadata).</summary>
    public List<string> FollowerIds { get; set; } = [];

    public long CreateAt { get; set; }

    public long UpdateAt { get; set; }

    public long EndAt { get; set; }

    /// <summary>When a responder first acted on the run (see <see cref="Insights.Acknowledgement"/>); 0 until then.</summary>
    public long AcknowledgedAt { get; set; }

    /// <summary><c>InProgress</c> or <c>Finished</c>.</summary>
    public string CurrentStatus { get; set; } = RunStatuses.InProgress;

    public List<Checklist> Checklists { get; set; } = [];

    public IReadOnlyList<string> ItemsOrder => Checklists.Select(c => c.Id).ToList();

    /// <summary>Skipped items count as done, as in Mattermost.</summary>
    public int TaskTotal => Checklists.Sum(c => c.Items.Count(i => !i.IsHidden));

    public int TaskCompleted => Checklists.Sum(c => c.Items.Count(i => !i.IsHidden && i.State is ChecklistItemStates.Closed or ChecklistItemStates.Skipped));

    public bool StatusUpdateEnabled { get; set; } = true;

    public List<StatusPost> StatusPosts { get; set; } = [];

    public long LastStatusUpdateAt { get; set; }

    public string ReminderPostId { get; set; } = "";

    /// <summary>When the next status update is due, in ms; 0 when none is expected (Suite's, from <see cref="Reminders.RunReminders"/>).</summary>
    public long StatusUpdateDueAt { get; set; }

    /// <summary>True once the due update was missed and the owner reminded, until an update, a snooze or the run's end (Suite's).</summary>
    public bool IsOverdue { get; set; }

    /// <summary>The reminder cadence after the last update, in nanoseconds (a Go duration, as Mattermost sends it).</summary>
    public long PreviousReminder { get; set; }

    public string ReminderMessageTemplate { get; set; } = "";

    public long ReminderTimerDefaultSeconds { get; set; }

    public List<string> BroadcastChannelIds { get; set; } = [];

    public bool StatusUpdateBroadcastChannelsEnabled { get; set; }

    public List<string> WebhookOnStatusUpdateUrls { get; set; } = [];

    public bool StatusUpdateBroadcastWebhooksEnabled { get; set; }

    public string Retrospective { get; set; } = "";

    public long RetrospectivePublishedAt { get; set; }

    public bool RetrospectiveWasCanceled { get; set; }

    public bool RetrospectiveEnabled { get; set; }

    public List<RunMetricValue> MetricsData { get; set; } = [];

    public string MessageOnJoin { get; set; } = "";

    /// <summary>Whether a new participant joins the run channel; from the playbook, yes for a standalone run.</summary>
    public bool CreateChannelMemberOnNewParticipant { get; set; } = true;

    /// <summary>Whether a removed participant leaves the run channel; from the playbook, yes for a standalone run.</summary>
    public bool RemoveChannelMemberOnRemovedParticipant { get; set; } = true;

    public List<TimelineEvent> TimelineEvents { get; set; } = [];

    /// <summary>Whether <see cref="TimelineEvents"/> holds the whole timeline (the stored document keeps none).</summary>
    internal bool TimelineLoaded { get; set; }

    /// <summary>The playbook's follow-ups board when the run started; empty for none.</summary>
    public string FollowUpsBoardId { get; set; } = "";

    /// <summary>Follow-ups that became cards, each linking to its card.</summary>
    public List<FollowUps.FollowUp> FollowUps { get; set; } = [];

    /// <summary>How severe the run is (for example <c>critical</c>); a run an alert started has the alert's severity.</summary>
    public string Severity { get; set; } = "";

    /// <summary>The alerts this run gathers, for a run an alert started; null otherwise.</summary>
    public Alerts.RunAlertOrigin? Alert { get; set; }

    /// <summary>The run attributes copied from its playbook at start.</summary>
    public List<PropertyField> PropertyFields { get; set; } = [];

    public List<PropertyValue> PropertyValues { get; set; } = [];

    public bool IsParticipant(string userId) => ParticipantIds.Contains(userId) || OwnerUserId == userId;
}

/// <summary>A retrospective's value for one of the playbook's metrics; null when not filled in.</summary>
public sealed class RunMetricValue
{
    public string MetricConfigId { get; set; } = "";

    public long? Value { get; set; }
}

/// <summary>A status update: a post in the run channel.</summary>
public sealed class StatusPost
{
    public string Id { get; set; } = "";

    public long CreateAt { get; set; }

    public long DeleteAt { get; set; }
}

/// <summary>One entry of a run's timeline, as Mattermost's <c>TimelineEvent</c>.</summary>
public sealed class TimelineEvent
{
    public string Id { get; set; } = "";

    public string PlaybookRunId { get; set; } = "";

    public long CreateAt { get; set; }

    public long DeleteAt { get; set; }

    public long EventAt { get; set; }

    public string EventType { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Details { get; set; } = "";

    public string PostId { get; set; } = "";

    public string SubjectUserId { get; set; } = "";

    public string CreatorUserId { get; set; } = "";
}

public static class RunStatuses
{
    public const string InProgress = "InProgress";
    public const string Finished = "Finished";
}

public static class RunTypes
{
    public const string Playbook = "playbook";
    public const string ChannelChecklist = "channelChecklist";
}

/// <summary>The timeline's <c>event_type</c> values.</summary>
public static class TimelineEventTypes
{
    public const string RunCreated = "incident_created";
    public const string TaskStateModified = "task_state_modified";
    public const string StatusUpdated = "status_updated";
    public const string StatusUpdateRequested = "status_update_requested";
    public const string OwnerChanged = "owner_changed";
    public const string AssigneeChanged = "assignee_changed";
    public const string ParticipantsChanged = "participants_changed";
    public const string UserJoinedLeft = "user_joined_left";
    public const string RunFinished = "run_finished";
    public const string RunRestored = "run_restored";
    public const string EventFromPost = "event_from_post";
    public const string RanSlashCommand = "ran_slash_command";
    public const string PublishedRetrospective = "published_retrospective";
    public const string CanceledRetrospective = "canceled_retrospective";
}
