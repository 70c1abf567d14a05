using Suite.Playbooks.Checklists;

namespace Suite.Playbooks.Playbooks;

/// <summary>A reusable incident process: its checklists and what a run started from it does. Stored as a Marten document.</summary>
public sealed class Playbook
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string TeamId { get; set; } = "";

    public long CreateAt { get; set; }

    public long UpdateAt { get; set; }

    /// <summary>When it was archived; 0 while active.</summary>
    public long DeleteAt { get; set; }

    public bool Public { get; set; } = true;

    public bool CreatePublicPlaybookRun { get; set; }

    public bool AdminOnlyEdit { get; set; }

    public List<PlaybookMember> Members { get; set; } = [];

    public List<Checklist> Checklists { get; set; } = [];

    public int NumStages => Checklists.Count;

    public int NumSteps => Checklists.Sum(c => c.Items.Count);

    public int NumRuns { get; set; }

    public long LastRunAt { get; set; }

    public bool StatusUpdateEnabled { get; set; } = true;

    public string ReminderMessageTemplate { get; set; } = "";

    public long ReminderTimerDefaultSeconds { get; set; } = 24 * 60 * 60;

    public List<string> BroadcastChannelIds { get; set; } = [];

    public bool BroadcastEnabled { get; set; }

    public List<string> WebhookOnStatusUpdateUrls { get; set; } = [];

    public bool WebhookOnStatusUpdateEnabled { get; set; }

    public List<string> InvitedUserIds { get; set; } = [];

    public bool InviteUsersEnabled { get; set; }

    public string DefaultOwnerId { get; set; } = "";

    public bool DefaultOwnerEnabled { get; set; }

    public List<string> WebhookOnCreationUrls { get; set; } = [];

    public bool WebhookOnCreationEnabled { get; set; }

    public string MessageOnJoin { get; set; } = "";

    public bool MessageOnJoinEnabled { get; set; }

    /// <summary><c>create_new_channel</c> or <c>link_existing_channel</c>.</summary>
    public string ChannelMode { get; set; } = ChannelModes.CreateNew;

    public string ChannelId { get; set; } = "";

    public string ChannelNameTemplate { get; set; } = "";

    public bool AutoArchiveChannel { get; set; }

    /// <summary>Whether a new participant of a run joins its channel (Mattermost's default: yes).</summary>
    public bool CreateChannelMemberOnNewParticipant { get; set; } = true;

    /// <summary>Whether a participant removed from a run leaves its channel (Mattermost's default: yes).</summary>
    public bool RemoveChannelMemberOnRemovedParticipant { get; set; } = true;

    public string RunNumberPrefix { get; set; } = "";

    /// <summary>The summary a run starts with when whoever starts it gives none (Mattermost: runs started by dialog or command).</summary>
    public string RunSummaryTemplate { get; set; } = "";

    public bool RunSummaryTemplateEnabled { get; set; }

    /// <summary>Kept and exported as Mattermost keeps them; keyword prompts are the run channel's channel actions (<c>Keywords/</c>).</summary>
    public List<string> SignalAnyKeywords { get; set; } = [];

    public bool SignalAnyKeywordsEnabled { get; set; }

    /// <summary>A run's channel goes into the participants' sidebar category <see cref="CategoryName"/> (<c>ChannelActions/Categorize</c>).</summary>
    public bool CategorizeChannelEnabled { get; set; }

    public string CategoryName { get; set; } = "";

    /// <summary>Only the run's owner or a system admin finishes or restores its runs; a handover also the playbook's admins (<see cref="Runs.RunAccess"/>).</summary>
    public bool OwnerGroupOnlyActions { get; set; }

    /// <summary>Its runs create their channel; linking one is refused.</summary>
    public bool NewChannelOnly { get; set; }

    public bool RetrospectiveEnabled { get; set; } = true;

    public string RetrospectiveTemplate { get; set; } = "";

    public long RetrospectiveReminderIntervalSeconds { get; set; }

    public List<PlaybookMetric> Metrics { get; set; } = [];

    /// <summary>The board (Boards module) where the runs' follow-ups become cards; empty for none.</summary>
    public string FollowUpsBoardId { get; set; } = "";

    public bool IsMember(string userId) => Members.Any(m => m.UserId == userId);

    public bool IsAdmin(string userId) => Members.Any(m => m.UserId == userId && m.Roles.Contains(PlaybookRoles.Admin));
}

/// <summary>A person's roles on a playbook.</summary>
public sealed class PlaybookMember
{
    public string UserId { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    public List<string> SchemeRoles => Roles;
}

/// <summary>A value the retrospective records for each run, with an optional target.</summary>
public sealed class PlaybookMetric
{
    public string Id { get; set; } = "";

    public string PlaybookId { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary><c>metric_duration</c> (ms), <c>metric_currency</c> or <c>metric_integer</c>.</summary>
    public string Type { get; set; } = "";

    public long? Target { get; set; }
}

public static class PlaybookRoles
{
    public const string Admin = "playbook_admin";
    public const string Member = "playbook_member";
}

public static class ChannelModes
{
    public const string CreateNew = "create_new_channel";
    public const string LinkExisting = "link_existing_channel";
}
