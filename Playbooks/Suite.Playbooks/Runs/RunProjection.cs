using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Suite.Playbooks.Runs;

/// <summary>The run document as the fold of its stream; Marten runs it inline, in the transaction that appends.</summary>
internal sealed class RunProjection : SingleStreamProjection<PlaybookRun, string>
{
    public override PlaybookRun Evolve(PlaybookRun? snapshot, string id, IEvent e) =>
        e.Data is RunEvent change ? change.Apply(snapshot ?? new PlaybookRun { Id = id }) : snapshot!;
}
