using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Suite.Channels.Web;

/// <summary>A Markdig extension made of one inline parser and the HTML renderer of what it parses, each added once.</summary>
internal abstract class InlineExtension<TParser, TRenderer> : IMarkdownExtension
    where TParser : InlineParser, new()
    where TRenderer : IMarkdownObjectRenderer, new()
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<TParser>())
        {
            pipeline.InlineParsers.Add(new TParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<TRenderer>())
        {
            html.ObjectRenderers.Insert(0, new TRenderer());
        }
    }
}
