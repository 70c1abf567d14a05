using Marten;
using Suite.Platform.Errors;
using Suite.Platform.Licensing;
using Suite.Platform.Mediator;
using Suite.Playbooks.Playbooks;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Insights.PlaybookStats;

internal sealed class GetPlaybookStatsHandler(IFeatureGate gate, PlaybookAccess access, RunStore runs, TimeProvider clock)
    : IRequestHandler<GetPlaybookStatsRequest, PlaybookStats>
{
    public async Task<PlaybookStats> Handle(GetPlaybookStatsRequest request, CancellationToken cancellationToken)
    {
        gate.Require(PlaybookFeatures.Insights.Key);
        if (request.PlaybookId.Length == 0)
        {
            throw new AppErrorException(400, "api.playbooks.stats.playbook_id", "Bad parameter 'playbook_id'; 'playbook_id' is required.");
        }

        var playbook = await access.ReadableAsync(request.PlaybookId, cancellationToken);
        await using var session = runs.QuerySession();
        var facts = await session.Query<PlaybookRun>()
            .Where(r => r.PlaybookId == playbook.Id)
            .Select(r => new RunFacts(r.Id, r.Name, r.CreateAt, r.AcknowledgedAt, r.EndAt, r.OwnerUserId, r.ParticipantIds, r.RetrospectivePublishedAt, r.RetrospectiveWasCanceled, r.MetricsData))
            .ToListAsync(cancellationToken);

        return new PlaybookStatsCalculator(facts, playbook.Metrics, clock.GetUtcNow()).Calculate();
    }
}
