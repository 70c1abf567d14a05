using Suite.Platform.Mediator;

namespace Suite.Platform.Tests.Mediator.Widgets;

[RequiresFeature(WidgetsModule.ScheduledReports)]
internal sealed record ScheduleReport : IRequest<string>;

/// <summary>Gated on a feature no loaded module declares.</summary>
[RequiresFeature("hoverboards")]
internal sealed record RideHoverboard : IRequest<string>;

internal sealed class ScheduleReportHandler(HandlerCalls calls) : IRequestHandler<ScheduleReport, string>
{
    public Task<string> Handle(ScheduleReport request, CancellationToken cancellationToken)
    {
        calls.Record(nameof(ScheduleReport));
        return Task.FromResult("scheduled");
    }
}

internal sealed class RideHoverboardHandler(HandlerCalls calls) : IRequestHandler<RideHoverboard, string>
{
    public Task<string> Handle(RideHoverboard request, CancellationToken cancellationToken)
    {
        calls.Record(nameof(RideHoverboard));
        return Task.FromResult("whee");
    }
}
