using Suite.Platform.Mediator;
using Suite.Samples.Contracts;

namespace Suite.SampleListener;

internal sealed class SamplePingHandler : INotificationHandler<SamplePing>
{
    public async Task Handle(SamplePing notification, CancellationToken cancellationToken)
    {
        await Task.Yield();
        notification.Receipts.Enqueue(SampleModuleNames.Listener);
    }
}
