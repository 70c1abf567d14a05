using Suite.Platform.Mediator;

namespace Suite.SampleValid.Reports;

internal sealed class GetSampleReportHandler : IRequestHandler<GetSampleReport, string>
{
    public Task<string> Handle(GetSampleReport request, CancellationToken cancellationToken) => Task.FromResult("report");
}
