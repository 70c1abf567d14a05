using FluentValidation;
using Suite.Platform.Mediator;

namespace Suite.Platform.Tests.Mediator.Widgets;

/// <summary>Validated, for signed-in users, gated: every behaviour has a reason to refuse it.</summary>
[RequiresFeature(WidgetsModule.AuditLog)]
internal sealed record ExportAuditLog(string Format) : IRequest<string>;

internal sealed class ExportAuditLogValidator : AbstractValidator<ExportAuditLog>
{
    public ExportAuditLogValidator() => RuleFor(r => r.Format).Must(f => f is "csv" or "json").WithMessage("Must be csv or json.");
}

internal sealed class ExportAuditLogHandler(HandlerCalls calls) : IRequestHandler<ExportAuditLog, string>
{
    public Task<string> Handle(ExportAuditLog request, CancellationToken cancellationToken)
    {
        calls.Record(nameof(ExportAuditLog));
        return Task.FromResult($"audit.{request.Format}");
    }
}
