using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Suite.Channels.Web;

/// <summary>
/// Renders a message's Markdown to HTML that is safe to show: raw HTML in the message is written as
/// text (never parsed), links keep only http, https, mailto and relative addresses (any other link
/// shows as its text), images only http, https and relative ones, and @mentions in the text (never
/// in code or an attribute) are wrapped so they can be highlighted; <c>:name:</c> of a custom emoji the
/// caller knows shows its image.
/// </summary>
internal static class MessageMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseSoftlineBreakAsHardlineBreak()
        .Use<MentionExtension>()
        .Use<CustomEmojiExtension>()
        .Build();

    /// <param name="markdown">The message.</param>
    /// <param name="customEmoji">Custom emoji ids by name, the codes shown as images.</param>
    public static string ToHtml(string markdown, IReadOnlyDictionary<string, string>? customEmoji = null)
    {
        var context = new MarkdownParserContext();
        if (customEmoji is not null)
        {
            context.Properties[CustomEmojiExtension.ContextKey] = customEmoji;
        }

        var document = Markdown.Parse(markdown, Pipeline, context);

        // Collected first: the loop changes the tree.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage ? IsSafeImageUrl(link.Url) : IsSafeUrl(link.Url))
            {
                OpenElsewhere(link);
            }
            else if (link.IsImage)
            {
                link.Url = "";
            }
            else
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail || IsSafeUrl(autolink.Url))
            {
                OpenElsewhere(autolink);
            }
            else
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return document.ToHtml(Pipeline);
    }

    /// <summary>
    /// True for an address a message may link to: http, https and mailto, or a relative one (no scheme),
    /// read as a browser reads it (tabs and line breaks dropped, leading controls and spaces ignored).
    /// </summary>
    internal static bool IsSafeUrl(string? url) =>
        Scheme(url) switch
        {
            null => false,
            "" => true,
            "mailto" => true,
            "http" or "https" => Uri.TryCreate(url!.Trim(), UriKind.Absolute, out _),
            _ => false,
        };

    /// <summary>True for an absolute http or https address, the only kind an image or icon from a webhook may load.</summary>
    internal static bool IsHttpUrl(string? url) =>
        Scheme(url) is "http" or "https" && Uri.TryCreate(url!.Trim(), UriKind.Absolute, out var uri) && uri.Host.Length > 0;

    private static bool IsSafeImageUrl(string? url) => Scheme(url) == "" || IsHttpUrl(url);

    // The URL's scheme in lower case, "" for a relative address, null for nothing usable. As in the
    // URL standard, a scheme is a letter and then letters, digits, '+', '-' or '.', ended by ':' before
    // any '/', '?' or '#'; "/path" and "./a:b" are relative, "javascript:x" and "JaVaScRiPt:x" are not.
    private static string? Scheme(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var cleaned = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).SkipWhile(c => c <= ' ').ToArray());
        if (cleaned.Length == 0)
        {
            return null;
        }

        for (var i = 0; i < cleaned.Length; i++)
        {
            var c = cleaned[i];
            if (c == ':')
            {
                return i == 0 ? null : cleaned[..i].ToLowerInvariant();
            }

            var partOfScheme = char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'));
            if (!partOfScheme)
            {
                return "";
            }
        }

        return "";
    }

    private static void OpenElsewhere(Inline link)
    {
        var attributes = link.GetAttributes();
        attributes.AddPropertyIfNotExist("rel", "noopener noreferrer nofollow");
        attributes.AddPropertyIfNotExist("target", "_blank");
    }

    // A link to a refused address shows as its text.
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
