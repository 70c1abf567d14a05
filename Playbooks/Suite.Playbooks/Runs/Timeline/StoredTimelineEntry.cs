namespace Suite.Playbooks.Runs.Timeline;

/// <summary>
/// A timeline entry as stored: its own document beside the run rather than inside it, so that a
/// change to a run with a long timeline writes what changed, not the whole timeline again.
/// <see cref="Position"/> keeps the order the stream made them in (entries of one millisecond included).
/// </summary>
public sealed class StoredTimelineEntry
{
    /// <summary>The entry's id, as the API answers it.</summary>
    public string Id { get; set; } = "";

    public string RunId { get; set; } = "";

    public long Position { get; set; }

    public TimelineEvent Entry { get; set; } = new();
}
