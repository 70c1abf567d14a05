using System.Collections.Frozen;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Insights;

/// <summary>
/// A run is acknowledged by the first thing a responder does once it has started: an update posted,
/// a task ticked or assigned, the run handed over, a task's command run or a post added to the
/// timeline. Alerts arriving, reminders and requests for an update are not responses.
/// </summary>
internal static class Acknowledgement
{
    private static readonly FrozenSet<string> Responses = new[]
    {
        TimelineEventTypes.StatusUpdated,
        TimelineEventTypes.TaskStateModified,
        TimelineEventTypes.AssigneeChanged,
        TimelineEventTypes.OwnerChanged,
        TimelineEventTypes.RanSlashCommand,
        TimelineEventTypes.EventFromPost,
    }.ToFrozenSet();

    /// <summary>Marks the run acknowledged at <paramref name="at"/> when an event just added to its timeline is its first response.</summary>
    public static void Note(PlaybookRun run, int timelineLengthBefore, long at)
    {
        if (run.AcknowledgedAt == 0 && run.TimelineEvents.Skip(timelineLengthBefore).Any(e => Responses.Contains(e.EventType)))
        {
            run.AcknowledgedAt = at;
        }
    }
}
