namespace Suite.Boards.Imports;

/// <summary>What an import made, and what it could not take over as it was.</summary>
public sealed class ImportSummary
{
    /// <summary><c>boardarchive</c> (version 2), <c>boardarchive-v1</c> (legacy JSONL), <c>trello</c> or <c>csv</c>.</summary>
    public string Format { get; set; } = "";

    public List<ImportedBoard> Boards { get; set; } = [];

    public ImportCounts Imported { get; set; } = new();

    /// <summary>Trello members no Suite user of the team matched (by username or email); their cards and comments name them in text.</summary>
    public List<UnmatchedMember> UnmatchedMembers { get; set; } = [];

    /// <summary>CSV rows that were not imported, with the reason.</summary>
    public List<SkippedRow> SkippedRows { get; set; } = [];

    /// <summary>Anything else taken over differently from the source, one sentence each.</summary>
    public List<string> Warnings { get; set; } = [];
}

public sealed record ImportedBoard(string Id, string Title);

public sealed record UnmatchedMember(string Id, string Username, string FullName);

public sealed record SkippedRow(int Row, string Reason);

/// <summary>How many of each thing an import created.</summary>
public sealed class ImportCounts
{
    public int Boards { get; set; }

    public int Cards { get; set; }

    public int Views { get; set; }

    /// <summary>Content blocks of cards other than comments and checklist items (text, images, dividers...).</summary>
    public int ContentBlocks { get; set; }

    public int Comments { get; set; }

    public int Checklists { get; set; }

    public int ChecklistItems { get; set; }

    public int Labels { get; set; }

    public int Attachments { get; set; }

    public int CustomFields { get; set; }

    public int Files { get; set; }

    public int Members { get; set; }
}
