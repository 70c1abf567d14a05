using Marten;
using Suite.Channels.Contracts;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;
using Suite.Playbooks.Alerts.Sources;
using Suite.Playbooks.Categories;
using Suite.Playbooks.ChannelActions;
using Suite.Playbooks.Conditions;
using Suite.Playbooks.Keywords;
using Suite.Playbooks.Playbooks;
using Suite.Playbooks.Playbooks.AutoFollows;
using Suite.Playbooks.PropertyFields;
using Suite.Playbooks.Runs;
using Suite.Playbooks.Runs.Timeline;

namespace Suite.Playbooks.Teams;

/// <summary>
/// A team deleted for good takes its playbooks and runs with it: the runs' event streams and timeline entries,
/// the playbooks' alert sources (with deliveries not yet processed), conditions, property fields, followers
/// and run numbers, the team's sidebar categories and keyword prompts, and the channel actions of its channels.
/// An archived team keeps everything.
/// </summary>
internal sealed class TeamDeletedHandler(PlaybookStore store, ISender sender) : INotificationHandler<TeamDeleted>
{
    public async Task Handle(TeamDeleted notification, CancellationToken cancellationToken)
    {
        if (!notification.Permanent)
        {
            return;
        }

        var teamId = notification.TeamId;
        await using var session = store.Session();
        var playbookIds = (await session.Query<Playbook>().Where(p => p.TeamId == teamId).Select(p => p.Id).ToListAsync(cancellationToken)).ToArray();
        var runs = await session.Query<PlaybookRun>().Where(r => r.TeamId == teamId).Select(r => new { r.Id, r.ChannelId }).ToListAsync(cancellationToken);
        var runIds = runs.Select(r => r.Id).ToArray();
        var targetIds = playbookIds.Concat(runIds).ToArray();
        var sourceIds = (await session.Query<AlertSource>().Where(s => s.TeamId == teamId || s.PlaybookId.IsOneOf(playbookIds)).Select(s => s.Id).ToListAsync(cancellationToken)).ToArray();
        var promptIds = (await session.Query<KeywordPrompt>().Where(p => p.TeamId == teamId).Select(p => p.Id).ToListAsync(cancellationToken)).ToArray();
        var channelIds = await ChannelsOfTeamAsync(session, teamId, runs.Select(r => r.ChannelId), cancellationToken);

        session.DeleteWhere<StoredTimelineEntry>(e => e.RunId.IsOneOf(runIds));
        session.DeleteWhere<Condition>(c => c.PlaybookId.IsOneOf(playbookIds) || c.RunId!.IsOneOf(runIds));
        session.DeleteWhere<PropertyField>(f => f.TargetId.IsOneOf(targetIds));
        session.DeleteWhere<PlaybookAutoFollow>(f => f.PlaybookId.IsOneOf(playbookIds));
        session.DeleteWhere<AlertSource>(s => s.Id.IsOneOf(sourceIds));
        session.DeleteWhere<Category>(c => c.TeamId == teamId);
        session.DeleteWhere<KeywordPromptAnswer>(a => a.Id.IsOneOf(promptIds));
        session.DeleteWhere<KeywordPrompt>(p => p.Id.IsOneOf(promptIds));
        session.DeleteWhere<ChannelAction>(a => a.ChannelId.IsOneOf(channelIds));
        foreach (var channelId in channelIds)
        {
            session.DeleteWhere<ChannelViewed>(v => v.Id.StartsWith(channelId + ":"));
        }

        session.DeleteWhere<PlaybookRun>(r => r.Id.IsOneOf(runIds));
        session.DeleteWhere<Playbook>(p => p.Id.IsOneOf(playbookIds));
        // Each array is one parameter (passed bare, a string[] would be taken as the params array itself).
        session.QueueSqlCommand("DELETE FROM playbooks.mt_events WHERE stream_id = ANY(?)", (object)runIds);
        session.QueueSqlCommand("DELETE FROM playbooks.mt_streams WHERE id = ANY(?)", (object)runIds);
        session.QueueSqlCommand("DELETE FROM playbooks.alert_inbox WHERE source_id = ANY(?)", (object)sourceIds);
        session.QueueSqlCommand("DELETE FROM playbooks.run_numbers WHERE playbook_id = ANY(?)", (object)playbookIds);
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The channels with channel actions that were the team's. Channels may already have removed them (its own
    /// handler of the deletion can run first), so a channel that no longer exists counts as the team's too.
    /// </summary>
    private async Task<string[]> ChannelsOfTeamAsync(IQuerySession session, string teamId, IEnumerable<string> runChannelIds, CancellationToken cancellationToken)
    {
        var actionChannelIds = await session.Query<ChannelAction>().Select(a => a.ChannelId).Distinct().ToListAsync(cancellationToken);
        var teamChannelIds = new List<string>();
        foreach (var channelId in actionChannelIds)
        {
            var channel = await sender.Send(new GetChannelInfo(channelId), cancellationToken);
            if (channel is null || channel.TeamId == teamId)
            {
                teamChannelIds.Add(channelId);
            }
        }

        return teamChannelIds.Concat(runChannelIds.Where(c => c.Length > 0)).Distinct().ToArray();
    }
}
