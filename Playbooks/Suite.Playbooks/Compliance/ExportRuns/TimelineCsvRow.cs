using CsvHelper;

namespace Suite.Playbooks.Compliance.ExportRuns;

/// <summary>One timeline event of the CSV export, in the columns it is written as.</summary>
[CsvRecord]
internal sealed partial record TimelineCsvRow(
    [CsvColumn("run_id")] string RunId,
    [CsvColumn("sequential_id")] string SequentialId,
    [CsvColumn("run_name")] string RunName,
    [CsvColumn("team_id")] string TeamId,
    [CsvColumn("channel_id")] string ChannelId,
    [CsvColumn("playbook_id")] string PlaybookId,
    [CsvColumn("event_at")] string EventAt,
    [CsvColumn("event_type")] string EventType,
    [CsvColumn("actor_user_id")] string ActorUserId,
    [CsvColumn("actor_username")] string ActorUsername,
    [CsvColumn("subject_user_id")] string SubjectUserId,
    [CsvColumn("summary")] string Summary,
    [CsvColumn("details")] string Details,
    [CsvColumn("post_id")] string PostId,
    [CsvColumn("deleted")] bool Deleted);
