namespace Suite.Boards.Imports;

/// <summary>
/// One import, kept as a Marten document so its progress can be read from any node while it runs:
/// <see cref="Processed"/> of <see cref="Total"/> items (0 while the total is not known yet), then the
/// <see cref="Summary"/> or the <see cref="Error"/>. Only the user who started it (and system admins) read it.
/// </summary>
public sealed class ImportJob
{
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";

    public string Id { get; set; } = "";

    public string TeamId { get; set; } = "";

    /// <summary>The board a CSV import writes into; empty for imports that create boards.</summary>
    public string BoardId { get; set; } = "";

    public string UserId { get; set; } = "";

    public string FileName { get; set; } = "";

    public string State { get; set; } = Running;

    public long Processed { get; set; }

    public long Total { get; set; }

    public ImportSummary? Summary { get; set; }

    public string Error { get; set; } = "";

    public int ErrorCode { get; set; }

    public long CreateAt { get; set; }

    public long UpdateAt { get; set; }
}
