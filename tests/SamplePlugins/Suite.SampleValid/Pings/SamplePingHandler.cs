using Suite.Platform.Mediator;
using Suite.Samples.Contracts;

namespace Suite.SampleValid.Pings;

internal sealed class SamplePingHandler : INotificationHandler<SamplePing>
{
    public Task Handle(SamplePing notification, CancellationToken cancellationToken)
    {
        notification.Receipts.Enqueue(SampleModuleNames.Valid);
        return Task.CompletedTask;
    }
}
