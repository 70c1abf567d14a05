using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Suite.Playbooks.FollowUps;

/// <summary>The retrospective's action items: its open Markdown tasks (<c>- [ ] Add a lag alert</c>), in order.</summary>
internal static class RetrospectiveTasks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseTaskLists().Build();

    public static IReadOnlyList<string> Open(string retrospective) =>
        Markdown.Parse(retrospective, Pipeline)
            .Descendants<ParagraphBlock>()
            .Where(p => p.Inline?.FirstChild is TaskList { Checked: false })
            .Select(p => Text(p.Inline!).Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static string Text(ContainerInline inline) => string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
