using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Suite.Channels.Web;

/// <summary>
/// Renders a message's Markdown to HTML that is safe to show: raw HTML in the message is written as
/// text (never parsed), links and images keep only http, https and mailto addresses, and @mentions
/// are wrapped so they can be highlighted.
/// </summary>
internal static partial class MessageMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !IsSafeUrl(autolink.Url))
            {
                autolink.Url = "";
            }
        }

        var html = document.ToHtml(Pipeline);
        html = html.Replace("<a href=", "<a rel=\"noopener noreferrer nofollow\" target=\"_blank\" href=", StringComparison.Ordinal);
        return Mention().Replace(html, "$1<span class=\"mention\">@$2</span>");
    }

    internal static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.RelativeOrAbsolute, out var uri))
        {
            return false;
        }

        return !uri.IsAbsoluteUri
            ? !url.Contains(':', StringComparison.Ordinal)
            : uri.Scheme is "http" or "https" or "mailto";
    }

    // A mention starts the text or follows a space, a tag's end or an opening bracket; inside an
    // attribute an @ follows a letter (e-mail addresses), so attributes are left alone.
    [GeneratedRegex(@"(^|[\s>(])@([a-z0-9][a-z0-9._-]{0,63})", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
