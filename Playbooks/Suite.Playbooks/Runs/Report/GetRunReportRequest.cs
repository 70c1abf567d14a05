using FluentValidation;
using Markdig;
using Suite.Platform.Mediator;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Runs.Report;

/// <summary><c>GET /runs/{id}/report?format=markdown|html</c>: the incident report, as Markdown or one printable HTML page.</summary>
internal sealed record GetRunReportRequest(string RunId, string Format) : IRequest<RunReportFile>;

/// <summary>A report ready to download.</summary>
internal sealed record RunReportFile(string Content, string ContentType, string FileName);

internal sealed class GetRunReportValidator : AbstractValidator<GetRunReportRequest>
{
    public GetRunReportValidator() => RuleFor(r => r.Format).Must(f => f is "markdown" or "html").WithMessage("must be markdown or html.");
}

internal sealed class GetRunReportHandler(RunAccess access, PlaybookStore playbooks, Usernames usernames) : IRequestHandler<GetRunReportRequest, RunReportFile>
{
    // Raw HTML in what people wrote is shown as text, never run: the page is self-contained and safe to open.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().UseTaskLists().Build();

    public async Task<RunReportFile> Handle(GetRunReportRequest request, CancellationToken cancellationToken)
    {
        var run = await access.ReadableWithTimelineAsync(request.RunId, cancellationToken);
        var playbook = run.PlaybookId.Length == 0 ? null : await playbooks.FindAsync(run.PlaybookId, cancellationToken);
        var people = TimelineText.People(run.TimelineEvents).Concat(run.ParticipantIds).Append(run.OwnerUserId)
            .Concat(run.Checklists.SelectMany(c => c.Items).Select(i => i.AssigneeId));
        var markdown = RunReport.Markdown(run, playbook, await usernames.MentionsAsync(people, cancellationToken));
        var stem = run.SequentialId.Length > 0 ? run.SequentialId : run.Id;
        return request.Format == "markdown"
            ? new RunReportFile(markdown, "text/markdown; charset=utf-8", $"{stem}-report.md")
            : new RunReportFile(Page(run.Name, Markdig.Markdown.ToHtml(markdown, Pipeline)), "text/html; charset=utf-8", $"{stem}-report.html");
    }

    private static string Page(string title, string body) =>
        $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>{{System.Net.WebUtility.HtmlEncode(title)}}: incident report</title>
        <style>
        body { font: 15px/1.5 system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; }
        table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        h1 { border-bottom: 2px solid #d0d7de; } ul { padding-left: 1.2rem; } @media print { body { margin: 0; } a { color: inherit; } }
        </style></head>
        <body>
        {{body}}
        </body></html>
        """;
}
