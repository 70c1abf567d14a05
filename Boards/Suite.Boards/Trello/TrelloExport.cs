namespace Suite.Boards.Trello;

/// <summary>
/// The parts of Trello's board JSON export (as Focalboard's <c>import/trello/trello.ts</c> describes it) that the
/// import takes over; everything else in the file is skipped while reading, so it is never held in memory.
/// </summary>
internal sealed class TrelloBoard
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Desc { get; set; } = "";

    public string Url { get; set; } = "";

    public List<TrelloLabel> Labels { get; set; } = [];

    public List<TrelloList>? Lists { get; set; }

    public List<TrelloCard>? Cards { get; set; }

    public List<TrelloMember> Members { get; set; } = [];

    public List<TrelloChecklist> Checklists { get; set; } = [];

    public List<TrelloCustomField> CustomFields { get; set; } = [];

    /// <summary>
    /// The board's actions, of which the import uses the comments (<c>commentCard</c>). Each keeps only the few
    /// fields declared here; a custom converter dropping the others early would make the serializer buffer the
    /// whole array first, which costs more.
    /// </summary>
    public List<TrelloAction> Actions { get; set; } = [];
}

internal sealed class TrelloLabel
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Color { get; set; }
}

internal sealed class TrelloList
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Closed { get; set; }

    public double Pos { get; set; }
}

internal sealed class TrelloCard
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Desc { get; set; } = "";

    public bool Closed { get; set; }

    public double Pos { get; set; }

    public string? IdList { get; set; }

    public List<string> IdLabels { get; set; } = [];

    public List<string> IdMembers { get; set; } = [];

    public List<string> IdChecklists { get; set; } = [];

    public string? Start { get; set; }

    public string? Due { get; set; }

    public bool DueComplete { get; set; }

    public string Url { get; set; } = "";

    public string ShortUrl { get; set; } = "";

    public string? DateLastActivity { get; set; }

    public List<TrelloAttachment> Attachments { get; set; } = [];

    public List<TrelloCustomFieldItem> CustomFieldItems { get; set; } = [];
}

internal sealed class TrelloAttachment
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Url { get; set; } = "";

    public string? MimeType { get; set; }

    public long? Bytes { get; set; }

    public string? Date { get; set; }

    public string? FileName { get; set; }

    public double Pos { get; set; }
}

internal sealed class TrelloMember
{
    public string Id { get; set; } = "";

    public string Username { get; set; } = "";

    public string FullName { get; set; } = "";

    /// <summary>Present in exports made by an admin of an Enterprise workspace; usually absent.</summary>
    public string? Email { get; set; }
}

internal sealed class TrelloChecklist
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string IdCard { get; set; } = "";

    public double Pos { get; set; }

    public List<TrelloCheckItem> CheckItems { get; set; } = [];
}

internal sealed class TrelloCheckItem
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary><c>complete</c> or <c>incomplete</c>.</summary>
    public string State { get; set; } = "";

    public double Pos { get; set; }
}

internal sealed class TrelloCustomField
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary><c>text</c>, <c>number</c>, <c>date</c>, <c>checkbox</c> or <c>list</c>.</summary>
    public string Type { get; set; } = "";

    public double Pos { get; set; }

    public List<TrelloCustomFieldOption> Options { get; set; } = [];
}

internal sealed class TrelloCustomFieldOption
{
    public string Id { get; set; } = "";

    public TrelloCustomFieldValue Value { get; set; } = new();

    public string? Color { get; set; }

    public double Pos { get; set; }
}

internal sealed class TrelloCustomFieldItem
{
    public string IdCustomField { get; set; } = "";

    /// <summary>The chosen option of a <c>list</c> field.</summary>
    public string? IdValue { get; set; }

    public TrelloCustomFieldValue? Value { get; set; }
}

internal sealed class TrelloCustomFieldValue
{
    public string? Text { get; set; }

    public string? Number { get; set; }

    public string? Date { get; set; }

    public string? Checked { get; set; }
}

internal sealed class TrelloAction
{
    public const string CommentCard = "commentCard";

    public string Id { get; set; } = "";

    public string Type { get; set; } = "";

    public string Date { get; set; } = "";

    public string IdMemberCreator { get; set; } = "";

    public TrelloActionData Data { get; set; } = new();

    public TrelloMember? MemberCreator { get; set; }
}

internal sealed class TrelloActionData
{
    public string Text { get; set; } = "";

    public TrelloActionCard? Card { get; set; }
}

internal sealed class TrelloActionCard
{
    public string Id { get; set; } = "";
}
