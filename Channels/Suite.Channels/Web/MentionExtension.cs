using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Suite.Channels.Web;

/// <summary>
/// Parses @mentions as inlines of their own, so that only text is ever highlighted: code spans and
/// blocks have their own parsers and link titles are attributes, so neither ever reaches this one.
/// </summary>
internal sealed class MentionExtension : InlineExtension<MentionParser, MentionRenderer>;

/// <summary>An @mention of a username (without the @).</summary>
internal sealed class MentionInline(string username) : LeafInline
{
    public string Username { get; } = username;
}

/// <summary>
/// An @ that starts the text or follows a space, an opening bracket, emphasis or a quote, followed by a
/// username (letters, digits, '.', '_', '-'; a trailing '.' ends the sentence, not the name).
/// After a letter or digit an @ is part of an e-mail address and stays text.
/// </summary>
internal sealed class MentionParser : InlineParser
{
    private const int MaxUsernameLength = 64;

    public MentionParser() => OpeningCharacters = ['@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var before = slice.PeekCharExtra(-1);
        if (!(before == '\0' || char.IsWhiteSpace(before) || before is '(' or '[' or '*' or '_' or '~' or '"' or '\'' or '>' or '|'))
        {
            return false;
        }

        var start = slice.Start + 1;
        var end = start;
        while (end <= slice.End && end - start < MaxUsernameLength && IsUsernameChar(slice.Text[end]))
        {
            end++;
        }

        while (end > start && slice.Text[end - 1] == '.')
        {
            end--;
        }

        if (end == start || !char.IsAsciiLetterOrDigit(slice.Text[start]))
        {
            return false;
        }

        processor.Inline = new MentionInline(slice.Text[start..end])
        {
            Span = new(processor.GetSourcePosition(slice.Start, out var line, out var column), processor.GetSourcePosition(end - 1)),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
    }

    private static bool IsUsernameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}

/// <summary>Writes a mention as <c>&lt;span class="mention"&gt;@name&lt;/span&gt;</c>.</summary>
internal sealed class MentionRenderer : HtmlObjectRenderer<MentionInline>
{
    protected override void Write(HtmlRenderer renderer, MentionInline mention)
    {
        renderer.Write("<span class=\"mention\">@");
        renderer.WriteEscape(mention.Username);
        renderer.Write("</span>");
    }
}
