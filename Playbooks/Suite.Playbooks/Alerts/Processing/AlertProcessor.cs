using System.Security.Cryptography;
using System.Text;
using Marten;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Alerts.Ingestion;
using Suite.Playbooks.Alerts.Sources;
using Suite.Playbooks.Bot;
using Suite.Playbooks.Runs;
using Suite.Playbooks.Runs.CreateRun;
using Suite.Playbooks.Runs.Timeline;

namespace Suite.Playbooks.Alerts.Processing;

/// <summary>
/// Turns a stored delivery into run changes, on behalf of the source's creator: a firing alert the
/// rules accept starts a run through the same path as a person (<see cref="CreateRunRequest"/>), unless
/// a run for its key is in progress; every alert of that key then lands in that run's timeline and channel.
/// Doing a delivery twice (a stop after the run began but before the delivery was removed) changes
/// nothing more: the run carries its key from its first event, and an alert's timeline entry has an
/// id made from the run and the alert's occurrence, so a repeat finds it there.
/// </summary>
internal sealed class AlertProcessor(
    AlertSourceStore sources, RunStore runs, RunTimeline timeline, RunBroadcaster broadcaster, IBackgroundActor actor, ISender sender, PlaybooksBot bot)
{
    /// <summary>False when the source is gone (deleted since the delivery was accepted): there is nothing to do.</summary>
    public async Task<bool> ProcessAsync(AlertDelivery delivery, CancellationToken cancellationToken)
    {
        var source = await sources.FindAsync(delivery.SourceId, cancellationToken);
        if (source is null)
        {
            return false;
        }

        using var document = AlertPayloads.Parse(delivery.Body);
        var alerts = AlertPayloads.Read(source.Kind, document.RootElement, delivery.Id, delivery.ReceivedAt);
        return await actor.ActAsAsync(
            source.CreatorId,
            async ct =>
            {
                foreach (var alert in alerts)
                {
                    await HandleAsync(source, alert, delivery.ReceivedAt, ct);
                }

                return true;
            },
            cancellationToken);
    }

    private async Task HandleAsync(AlertSource source, ReceivedAlert alert, long receivedAt, CancellationToken cancellationToken)
    {
        var run = await OpenRunAsync(source.Id, alert.Key, cancellationToken);
        if (run is null)
        {
            if (alert.Status != AlertStatuses.Firing || !StartsRun(source, alert))
            {
                return;
            }

            run = await sender.Send(
                new CreateRunRequest
                {
                    Name = AlertRunNames.Render(source, alert),
                    TeamId = source.TeamId,
                    PlaybookId = source.PlaybookId,
                    Description = alert.Summary.Length <= 4096 ? alert.Summary : alert.Summary[..4096],
                    Severity = alert.Severity.Length <= CreateRunValidator.MaxSeverityLength ? alert.Severity : alert.Severity[..CreateRunValidator.MaxSeverityLength],
                    Alert = new RunAlertOrigin { SourceId = source.Id, DedupKey = alert.Key },
                },
                cancellationToken);
        }

        await RecordAsync(run.Id, source, alert, receivedAt, cancellationToken);
    }

    private static bool StartsRun(AlertSource source, ReceivedAlert alert) =>
        source.Rules.Count == 0 || source.Rules.Any(rule => rule.Matches(alert.Labels));

    private async Task<PlaybookRun?> OpenRunAsync(string sourceId, string key, CancellationToken cancellationToken)
    {
        await using var session = runs.QuerySession();
        return await session.Query<PlaybookRun>()
            .Where(r => r.Alert!.SourceId == sourceId && r.Alert.DedupKey == key && r.CurrentStatus == RunStatuses.InProgress)
            .OrderByDescending(r => r.CreateAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task RecordAsync(string runId, AlertSource source, ReceivedAlert alert, long receivedAt, CancellationToken cancellationToken)
    {
        var timelineId = TimelineId(runId, alert.Occurrence);
        if (await timeline.FindAsync(runId, timelineId, cancellationToken) is not null)
        {
            return;
        }

        var run = await runs.ChangeAsync(runId, _ => [EventFor(source, alert, timelineId, receivedAt)], cancellationToken);

        await RunPosts.PostAsync(bot, run, AlertPosts.Message(source, alert), "", cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
    }

    private static AlertEvent EventFor(AlertSource source, ReceivedAlert alert, string timelineId, long at)
    {
        var title = AlertRunNames.Title(alert);
        AlertEvent change = alert.Status switch
        {
            AlertStatuses.Resolved => new AlertResolved { At = at, ActorId = source.CreatorId, Summary = $"Alert resolved: {title}" },
            AlertStatuses.Acknowledged => new AlertAcknowledged { At = at, ActorId = source.CreatorId, Summary = $"Alert acknowledged: {title}" },
            _ => new AlertFired { At = at, ActorId = source.CreatorId, Summary = $"Alert fired: {title}" },
        };
        return change with
        {
            TimelineId = timelineId,
            SourceId = source.Id,
            SourceName = source.Name,
            DedupKey = alert.Key,
            Fingerprint = alert.Fingerprint,
            Labels = new Dictionary<string, string>(alert.Labels),
            Annotations = new Dictionary<string, string>(alert.Annotations),
            StartsAt = alert.StartsAt,
            EndsAt = alert.EndsAt,
            GeneratorUrl = alert.GeneratorUrl,
        };
    }

    /// <summary>A timeline id (26 characters, as any id) that is the same each time this occurrence reaches this run.</summary>
    private static string TimelineId(string runId, string occurrence) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{runId}\n{occurrence}")))[..26];
}
