using Suite.Platform.Mediator;

namespace Suite.SampleValid.Audit;

internal sealed class ExportSampleAuditHandler : IRequestHandler<ExportSampleAudit, string>
{
    public Task<string> Handle(ExportSampleAudit request, CancellationToken cancellationToken) => Task.FromResult("audit");
}
