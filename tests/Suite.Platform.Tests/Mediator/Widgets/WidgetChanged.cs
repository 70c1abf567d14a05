using System.Collections.Concurrent;
using Suite.Platform.Mediator;

namespace Suite.Platform.Tests.Mediator.Widgets;

/// <summary>Handled three times; the handlers named in <see cref="FailIn"/> throw after recording their receipt.</summary>
internal sealed class WidgetChanged(params string[] failIn) : INotification
{
    public IReadOnlyCollection<string> FailIn { get; } = failIn;

    public ConcurrentQueue<string> Receipts { get; } = new();
}

internal abstract class WidgetChangedHandler(string name) : INotificationHandler<WidgetChanged>
{
    public async Task Handle(WidgetChanged notification, CancellationToken cancellationToken)
    {
        await Task.Yield();
        notification.Receipts.Enqueue(name);
        if (notification.FailIn.Contains(name))
        {
            throw new InvalidOperationException($"The {name} handler failed.");
        }
    }
}

internal sealed class FirstWidgetChangedHandler() : WidgetChangedHandler("first");

internal sealed class SecondWidgetChangedHandler() : WidgetChangedHandler("second");

/// <summary>Fails synchronously, before returning a task.</summary>
internal sealed class ThirdWidgetChangedHandler : INotificationHandler<WidgetChanged>
{
    public Task Handle(WidgetChanged notification, CancellationToken cancellationToken)
    {
        notification.Receipts.Enqueue("third");
        return notification.FailIn.Contains("third") ? throw new InvalidOperationException("The third handler failed.") : Task.CompletedTask;
    }
}
