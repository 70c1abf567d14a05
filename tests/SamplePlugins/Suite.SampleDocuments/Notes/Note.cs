namespace Suite.SampleDocuments.Notes;

/// <summary>A document: the note as it is now.</summary>
public sealed record Note(string Id, string Title, long CreateAt);

/// <summary>The first event of a note's stream.</summary>
public sealed record NoteWritten(string Title);

/// <summary>A later event: the note got a new title.</summary>
public sealed record NoteRetitled(string Title);

/// <summary>The inline projection of a note's stream: every title it had, oldest first.</summary>
public sealed class NoteHistory
{
    public string Id { get; set; } = "";

    public List<string> Titles { get; set; } = [];

    public static NoteHistory Create(NoteWritten written) => new() { Titles = [written.Title] };

    public void Apply(NoteRetitled retitled) => Titles.Add(retitled.Title);
}

/// <summary>A new note or a new title.</summary>
public sealed record NoteBody(string Title);
