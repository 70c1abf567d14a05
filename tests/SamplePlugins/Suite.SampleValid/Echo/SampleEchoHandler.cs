using Markdig;
using Suite.Platform.Mediator;
using Suite.Samples.Contracts;

namespace Suite.SampleValid.Echo;

internal sealed class SampleEchoHandler : IRequestHandler<SampleEcho, SampleEchoed>
{
    public Task<SampleEchoed> Handle(SampleEcho request, CancellationToken cancellationToken) =>
        Task.FromResult(new SampleEchoed(request.Text, Markdown.ToHtml(request.Text).TrimEnd(), SampleModuleNames.Valid));
}
