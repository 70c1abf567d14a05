using Suite.Platform.Mediator;

namespace Suite.Platform.Tests.Mediator.Widgets;

internal sealed record PurgeWidgets : IRequest, ISystemAdminRequest;

internal sealed class PurgeWidgetsHandler(HandlerCalls calls) : IRequestHandler<PurgeWidgets, Unit>
{
    public Task<Unit> Handle(PurgeWidgets request, CancellationToken cancellationToken)
    {
        calls.Record(nameof(PurgeWidgets));
        return Unit.Task;
    }
}
