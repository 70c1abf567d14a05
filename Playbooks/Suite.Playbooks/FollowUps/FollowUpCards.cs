using Microsoft.Extensions.Logging;
using Suite.Boards.Contracts;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.FollowUps;

/// <summary>
/// Turns a run's follow-ups (open tasks of its published retrospective, checklist items marked as
/// follow-ups) into cards on its playbook's follow-ups board through Boards.Contracts, as the person
/// acting, once each. When Boards is not enabled or the board refuses, the reason goes on the
/// timeline and the run is untouched otherwise.
/// </summary>
internal sealed partial class FollowUpCards(RunStore runs, ISender sender, TimeProvider time, ILogger<FollowUpCards> logger)
{
    public async Task<PlaybookRun> CreateAsync(PlaybookRun run, string actorId, CancellationToken cancellationToken)
    {
        var pending = Pending(run);
        if (run.FollowUpsBoardId.Length == 0 || pending.Count == 0)
        {
            return run;
        }

        var created = new List<FollowUp>();
        string? failure = null;
        foreach (var followUp in pending)
        {
            try
            {
                var card = await sender.Send(
                    new CreateCard { BoardId = run.FollowUpsBoardId, UserId = actorId, Title = followUp.Title, Text = BackLink(run, followUp) },
                    cancellationToken);
                followUp.BoardId = card.BoardId;
                followUp.CardId = card.Id;
                followUp.CardUrl = card.Url;
                followUp.CreateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
                created.Add(followUp);
            }
            catch (AppErrorException ex)
            {
                failure = FollowUpBoard.Explain(ex);
                LogRefused(logger, run.Id, failure);
                break;
            }
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var events = new List<RunEvent>();
        if (created.Count > 0)
        {
            events.Add(new FollowUpsCreated(created) { At = now, ActorId = actorId, Summary = $"{created.Count} follow-ups became cards" });
        }

        if (failure is not null)
        {
            events.Add(new FollowUpsFailed(failure) { At = now, ActorId = actorId, Summary = $"{pending.Count - created.Count} follow-ups could not become cards" });
        }

        // Cards made are recorded even when the run changed meanwhile; a follow-up someone else recorded first is not recorded twice.
        return await runs.ChangeAsync(run.Id, current => events
            .Select(e => e is FollowUpsCreated c ? c with { FollowUps = c.FollowUps.Where(f => !current.FollowUps.Any(f.IsSameAs)).ToList() } : e)
            .Where(e => e is not FollowUpsCreated { FollowUps.Count: 0 })
            .ToList(), cancellationToken);
    }

    private static List<FollowUp> Pending(PlaybookRun run)
    {
        var fromRetrospective = run.RetrospectivePublishedAt > 0
            ? RetrospectiveTasks.Open(run.Retrospective).Select(t => new FollowUp { Title = t, Source = FollowUpSources.Retrospective })
            : [];
        var fromChecklists = run.Checklists.SelectMany(c => c.Items).Where(i => i.IsFollowUp)
            .Select(i => new FollowUp { Title = i.Title, Source = FollowUpSources.Checklist, ItemId = i.Id });
        return fromRetrospective.Concat(fromChecklists).Where(f => !run.FollowUps.Any(f.IsSameAs)).ToList();
    }

    private static string BackLink(PlaybookRun run, FollowUp followUp) =>
        $"Follow-up from the {followUp.Source} of [{run.SequentialId} {run.Name}](/playbooks/runs/{run.Id}).";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Follow-ups of run {RunId} did not become cards: {Reason}")]
    private static partial void LogRefused(ILogger logger, string runId, string reason);
}
