using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Suite.Playbooks.Runs;

/// <summary>
/// The run document as the fold of its stream; Marten runs it inline, in the transaction that appends.
/// The document keeps no timeline: the entries are stored on their own (<see cref="Timeline.RunTimeline"/>).
/// </summary>
internal sealed class RunProjection : SingleStreamProjection<PlaybookRun, string>
{
    public override PlaybookRun Evolve(PlaybookRun? snapshot, string id, IEvent e)
    {
        if (e.Data is not RunEvent change)
        {
            return snapshot!;
        }

        var run = change.Apply(snapshot ?? new PlaybookRun { Id = id });
        run.TimelineEvents.Clear();
        return run;
    }
}
