using System.Text.Json;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;

namespace Suite.Boards.Notifications;

/// <summary>
/// A card's changes as the Slack attachment Focalboard's subscription notices carry (<c>diff2slackattachments</c>):
/// the pretext "###### @author has modified the card [title](link) on the board [board](link)", then one field per
/// changed title, property (new value, then the old one struck through), comment ("Comment by @author") and
/// description; "@author has deleted the card [title](link)" for a deleted card.
/// </summary>
internal static class DigestMessages
{
    public sealed record Attachment(string Fallback, string Pretext, IReadOnlyList<Field> Fields);

    public sealed record Field(string Title, string Value, bool Short = false);

    /// <summary>The attachment for <paramref name="changes"/>; null when they cancel out (a value set and set back).</summary>
    public static Attachment? Render(Board board, Block card, IReadOnlyList<CardChange> changes, IReadOnlyDictionary<string, string> usernames, CardLinks links)
    {
        var authors = string.Join(", ", changes.Select(c => c.AuthorId).Distinct().Select(id => "@" + (usernames.TryGetValue(id, out var name) ? name : "unknown_user")));
        var cardLink = CardLinks.Markdown(CardLinks.CardTitle(card.Title), links.Card(board, card.Id));
        if (changes.Any(c => c.Kind == CardChange.CardDeleted))
        {
            var deleted = $"{authors} has deleted the card {cardLink}\n";
            return new Attachment(deleted, deleted, []);
        }

        var fields = new List<Field>();
        foreach (var group in changes.Where(c => c.Kind is CardChange.Title or CardChange.Property).GroupBy(c => (c.Kind, c.Key)))
        {
            var first = group.First();
            var last = group.Last();
            if (Raw(first.Old) == Raw(last.New))
            {
                continue;
            }

            var property = board.CardProperties.FirstOrDefault(p => p.Id == first.Key);
            var (title, oldText, newText) = first.Kind == CardChange.Title
                ? ("Title", StringOf(first.Old), StringOf(last.New))
                : (property?.Name ?? first.Key, PropertyDisplay.Text(property, first.Old, usernames), PropertyDisplay.Text(property, last.New, usernames));
            fields.Add(new Field(title, oldText.Length > 0 ? $"{OneLine(newText)}  ~~`{OneLine(oldText)}`~~" : newText));
        }

        foreach (var comment in changes.Where(c => c.Kind == CardChange.Comment))
        {
            var by = "Comment by @" + (usernames.TryGetValue(comment.AuthorId, out var name) ? name : "unknown_user");
            fields.Add(comment.New is null ? new Field(by, $"~~`{OneLine(StringOf(comment.Old))}`~~") : new Field(by, StringOf(comment.New)));
        }

        foreach (var group in changes.Where(c => c.Kind == CardChange.Content).GroupBy(c => c.Key))
        {
            var first = group.First();
            var last = group.Last();
            var verb = first.Old is null ? "added" : last.New is null ? "deleted" : "modified";
            var value = first.BlockType switch
            {
                BlockTypes.Divider => "",
                BlockTypes.Image => $"An image was {verb}.",
                BlockTypes.Attachment => $"A file attachment was {verb}.",
                _ when verb == "added" => StringOf(last.New),
                _ when verb == "deleted" => $"~~`{OneLine(StringOf(first.Old))}`~~",
                _ when StringOf(first.Old) == StringOf(last.New) => "",
                _ => $"{OneLine(StringOf(last.New))}  ~~`{OneLine(StringOf(first.Old))}`~~",
            };
            if (value.Length > 0)
            {
                fields.Add(new Field("Description", value));
            }
        }

        if (fields.Count == 0)
        {
            return null;
        }

        var pretext = $"###### {authors} has modified the card {cardLink} on the board {CardLinks.Markdown(CardLinks.BoardTitle(board), links.Board(board))}\n";
        return new Attachment(pretext, pretext, fields);
    }

    private static string Raw(JsonElement? value) => value switch
    {
        null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => "",
        { ValueKind: JsonValueKind.String } element => element.GetString()!.Length == 0 ? "" : element.GetRawText(),
        { } element => element.GetRawText(),
    };

    private static string StringOf(JsonElement? value) => value is { ValueKind: JsonValueKind.String } element ? element.GetString()! : "";

    private static string OneLine(string text) => text.Replace("\n", "¶ ", StringComparison.Ordinal).Trim();
}
