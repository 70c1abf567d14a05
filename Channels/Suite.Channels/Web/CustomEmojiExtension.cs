using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Suite.Channels.Web;

/// <summary>
/// Shows <c>:name:</c> as the custom emoji's image when the name is one the caller passed in the parse context
/// (under <see cref="ContextKey"/>); any other code stays text. Code spans and blocks never reach the parser.
/// </summary>
internal sealed class CustomEmojiExtension : InlineExtension<CustomEmojiParser, CustomEmojiRenderer>
{
    /// <summary>The parse context's key for the emoji ids by name.</summary>
    public const string ContextKey = "custom-emoji";
}

/// <summary>A custom emoji in a message.</summary>
internal sealed class CustomEmojiInline(string name, string id) : LeafInline
{
    public string Name { get; } = name;

    public string Id { get; } = id;
}

internal sealed class CustomEmojiParser : InlineParser
{
    private const int MaxNameLength = 64;

    public CustomEmojiParser() => OpeningCharacters = [':'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (processor.Context?.Properties.GetValueOrDefault(CustomEmojiExtension.ContextKey) is not IReadOnlyDictionary<string, string> { Count: > 0 } emoji)
        {
            return false;
        }

        var start = slice.Start + 1;
        var end = start;
        while (end <= slice.End && end - start <= MaxNameLength && IsNameChar(slice.Text[end]))
        {
            end++;
        }

        if (end == start || end > slice.End || slice.Text[end] != ':' || !emoji.TryGetValue(slice.Text[start..end], out var id))
        {
            return false;
        }

        processor.Inline = new CustomEmojiInline(slice.Text[start..end], id)
        {
            Span = new(processor.GetSourcePosition(slice.Start, out var line, out var column), processor.GetSourcePosition(end)),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '_' or '-';
}

/// <summary>Writes a custom emoji as its image, named by its code.</summary>
internal sealed class CustomEmojiRenderer : HtmlObjectRenderer<CustomEmojiInline>
{
    protected override void Write(HtmlRenderer renderer, CustomEmojiInline emoji)
    {
        renderer.Write("<img class=\"emoji\" src=\"");
        renderer.WriteEscapeUrl(CustomEmojiCatalog.ImageUrlOf(emoji.Id));
        renderer.Write("\" alt=\":");
        renderer.WriteEscape(emoji.Name);
        renderer.Write(":\" title=\":");
        renderer.WriteEscape(emoji.Name);
        renderer.Write(":\" />");
    }
}
