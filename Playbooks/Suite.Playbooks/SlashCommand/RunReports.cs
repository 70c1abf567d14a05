using System.Globalization;
using System.Text;
using Suite.Channels.Contracts;
using Suite.Platform.Commands;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;
using Suite.Playbooks.Api;
using Suite.Playbooks.Checklists;
using Suite.Playbooks.Runs;
using Suite.Playbooks.Runs.GetRuns;
using static Suite.Playbooks.SlashCommand.CommandReplies;

namespace Suite.Playbooks.SlashCommand;

/// <summary>The sub-commands that only read: <c>info</c>, <c>timeline</c>, <c>todo</c> and <c>list</c>, answered to the caller alone.</summary>
internal sealed class RunReports(ChannelRuns channelRuns, Runs.Timeline.RunTimeline timeline, ISender sender, IUserDirectory users, ITeamDirectory teams, TimeProvider time)
{
    /// <summary>Timeline entries Mattermost's <c>/playbook timeline</c> leaves out as too detailed.</summary>
    private static readonly HashSet<string> DetailEvents = [TimelineEventTypes.AssigneeChanged, TimelineEventTypes.TaskStateModified, "ran_slash_command"];

    private long Now => time.GetUtcNow().ToUnixTimeMilliseconds();

    public async Task<SlashCommandResponse> InfoAsync(SlashCommandArgs args, CommandWords words, CancellationToken cancellationToken)
    {
        var (run, reply) = await channelRuns.PickAsync(args, words, "/playbook info [run #]", cancellationToken);
        if (run is null)
        {
            return reply!;
        }

        var owner = await UsernameAsync(run.OwnerUserId, cancellationToken);
        var text = new StringBuilder($"**Name:** {run.Name.Trim()}\n**Duration:** {Duration(run.CreateAt, Now)}\n**Owner:** @{owner}\n**Tasks:**");
        for (var c = 0; c < run.Checklists.Count; c++)
        {
            var checklist = run.Checklists[c];
            text.Append(CultureInfo.InvariantCulture, $"\n\n{c}. **{checklist.Title}**");
            for (var i = 0; i < checklist.Items.Count; i++)
            {
                var item = checklist.Items[i];
                var (icon, when) = item.State switch
                {
                    ChecklistItemStates.Closed => (":white_check_mark:", $" ({Time(item.StateModified)})"),
                    ChecklistItemStates.Skipped => (":fast_forward:", ""),
                    _ => (":white_large_square:", ""),
                };
                text.Append(CultureInfo.InvariantCulture, $"\n    {c}.{i} {icon} {item.Title}{when}");
            }
        }

        return Say(text.ToString());
    }

    public async Task<SlashCommandResponse> TimelineAsync(SlashCommandArgs args, CommandWords words, CancellationToken cancellationToken)
    {
        var (run, reply) = await channelRuns.PickAsync(args, words, "/playbook timeline [run #]", cancellationToken);
        if (run is null)
        {
            return reply!;
        }

        await timeline.FillAsync(run, cancellationToken);

        var events = run.TimelineEvents.Where(e => e.DeleteAt == 0 && !DetailEvents.Contains(e.EventType)).OrderBy(e => e.EventAt).ToList();
        if (events.Count == 0)
        {
            return Say("There are no timeline events to display.");
        }

        var teamName = await teams.FindNameByIdAsync(run.TeamId, cancellationToken) ?? "";
        var reported = run.TimelineEvents.FirstOrDefault(e => e.EventType == TimelineEventTypes.RunCreated)?.EventAt ?? run.CreateAt;
        var text = new StringBuilder($"Timeline for **{run.Name}**:\n\n|Event Time | Since Reported | Event |\n|:----------|:---------------|:------|");
        foreach (var entry in events)
        {
            var at = entry.PostId.Length > 0 ? $"[{Time(entry.EventAt)}](/{teamName}/pl/{entry.PostId})" : Time(entry.EventAt);
            var since = entry.EventType == TimelineEventTypes.RunCreated ? ""
                : entry.EventAt >= reported ? Duration(reported, entry.EventAt) : "-" + Duration(entry.EventAt, reported);
            text.Append(CultureInfo.InvariantCulture, $"\n|{at}|{since}|{entry.Summary.Replace("|", "\\|", StringComparison.Ordinal)}|");
        }

        return Say(text.ToString());
    }

    public async Task<SlashCommandResponse> TodoAsync(SlashCommandArgs args, CancellationToken cancellationToken)
    {
        var runs = await MyRunsAsync(args.UserId, teamId: null, cancellationToken);
        var text = new StringBuilder();
        var tasks = runs.SelectMany(r => r.Checklists.SelectMany(c => c.Items).Where(i => i.AssigneeId == args.UserId && i.State is ChecklistItemStates.Open or ChecklistItemStates.InProgress)
            .Select(i => (Run: r, Item: i))).ToList();
        text.Append(tasks.Count == 0 ? "You have no outstanding tasks." : $"##### Your outstanding tasks\nYou have {tasks.Count} outstanding task{(tasks.Count == 1 ? "" : "s")}:\n");
        foreach (var group in tasks.GroupBy(t => t.Run.Id))
        {
            var run = group.First().Run;
            text.Append(CultureInfo.InvariantCulture, $"\n**{run.Name}** ({await ChannelMentionAsync(run.ChannelId, cancellationToken)})");
            foreach (var (_, item) in group)
            {
                var due = item.DueDate > 0 ? $" (due {Time(item.DueDate)})" : "";
                text.Append(CultureInfo.InvariantCulture, $"\n- {item.Title}{due}");
            }
        }

        var overdue = runs.Where(r => r.OwnerUserId == args.UserId && r.StatusUpdateEnabled && r.PreviousReminder > 0
            && Math.Max(r.LastStatusUpdateAt, r.CreateAt) + (r.PreviousReminder / 1_000_000) < Now).ToList();
        if (overdue.Count > 0)
        {
            text.Append("\n\n##### Runs overdue for a status update\n");
            foreach (var run in overdue)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n- **{run.Name}** ({await ChannelMentionAsync(run.ChannelId, cancellationToken)})");
            }
        }

        return Say(text.ToString());
    }

    public async Task<SlashCommandResponse> ListAsync(SlashCommandArgs args, CancellationToken cancellationToken)
    {
        if (args.TeamId.Length == 0)
        {
            return Say("Type `/playbook list` in a channel of a team.");
        }

        var runs = await MyRunsAsync(args.UserId, args.TeamId, cancellationToken);
        if (runs.Count == 0)
        {
            return Say("There are no playbook runs in progress that you take part in, in this team.");
        }

        var text = new StringBuilder("Runs in progress you take part in, in this team:\n");
        foreach (var run in runs)
        {
            var owner = await UsernameAsync(run.OwnerUserId, cancellationToken);
            text.Append(CultureInfo.InvariantCulture, $"\n- **{run.Name}** in {await ChannelMentionAsync(run.ChannelId, cancellationToken)}: owner @{owner}, started {Duration(run.CreateAt, Now)} ago");
        }

        return Say(text.ToString());
    }

    private async Task<IReadOnlyList<PlaybookRun>> MyRunsAsync(string userId, string? teamId, CancellationToken cancellationToken) =>
        (await sender.Send(
            new GetRunsRequest
            {
                TeamId = teamId,
                ParticipantId = userId,
                Statuses = [RunStatuses.InProgress],
                Paging = new Paging(0, Paging.MaxPerPage, "create_at", Descending: true),
            },
            cancellationToken)).Items;

    private async Task<string> UsernameAsync(string userId, CancellationToken cancellationToken) =>
        await users.FindByIdsAsync([userId], cancellationToken) is [var user, ..] ? user.Username : Usernames.Unknown;

    private async Task<string> ChannelMentionAsync(string channelId, CancellationToken cancellationToken) =>
        await sender.Send(new GetChannelInfo(channelId), cancellationToken) is { } channel ? $"~{channel.Name}" : "a deleted channel";
}
