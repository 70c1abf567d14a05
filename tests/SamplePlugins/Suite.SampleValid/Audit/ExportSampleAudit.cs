using Suite.Platform.Mediator;

namespace Suite.SampleValid.Audit;

/// <summary>Signed-in users only, and only with an Enterprise license.</summary>
[RequiresFeature(SampleValidModule.AuditFeature)]
internal sealed record ExportSampleAudit : IRequest<string>;
