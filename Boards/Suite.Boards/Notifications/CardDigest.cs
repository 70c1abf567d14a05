using System.Text.Json;

namespace Suite.Boards.Notifications;

/// <summary>
/// The changes of one card not yet reported to its subscribers (Focalboard's notification hint, with the
/// changes themselves since there is no block history to diff against). Stored, so a restart loses none;
/// sent once <see cref="NotifyAt"/> has passed.
/// </summary>
public sealed class CardDigest
{
    /// <summary>The card's id.</summary>
    public string Id { get; set; } = "";

    public string BoardId { get; set; } = "";

    public long FirstChangeAt { get; set; }

    public long NotifyAt { get; set; }

    public List<CardChange> Changes { get; set; } = [];
}

/// <summary>One change of a card or of its content, as it was made.</summary>
public sealed class CardChange
{
    public const string Title = "title";
    public const string Property = "property";
    public const string Comment = "comment";
    public const string Content = "content";
    public const string CardDeleted = "cardDeleted";

    public long At { get; set; }

    public string AuthorId { get; set; } = "";

    /// <summary><see cref="Title"/>, <see cref="Property"/>, <see cref="Comment"/>, <see cref="Content"/> or <see cref="CardDeleted"/>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The property id, or the content block's id.</summary>
    public string Key { get; set; } = "";

    /// <summary>The content block's type (text, checkbox, image...).</summary>
    public string BlockType { get; set; } = "";

    /// <summary>The value before the change (a title or text as a JSON string, a property value as stored); null when there was none.</summary>
    public JsonElement? Old { get; set; }

    /// <summary>The value after the change; null when it was removed.</summary>
    public JsonElement? New { get; set; }
}
