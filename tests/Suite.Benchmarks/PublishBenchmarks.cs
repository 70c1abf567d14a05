using BenchmarkDotNet.Attributes;
using Suite.Platform.Mediator;

namespace Suite.Benchmarks;

/// <summary>A notification with two handlers that finish synchronously: publishing against calling both.</summary>
[MemoryDiagnoser]
public class PublishBenchmarks
{
    private readonly WidgetViewed _notification = new(42);
    private MediatorHost _host = null!;
    private IPublisher _publisher = null!;
    private INotificationHandler<WidgetViewed>[] _handlers = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new MediatorHost();
        _publisher = _host.Get<IPublisher>();
        _handlers = [.. _host.Get<IEnumerable<INotificationHandler<WidgetViewed>>>()];
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    [Benchmark(Baseline = true)]
    public async Task DirectHandlerCalls()
    {
        foreach (var handler in _handlers)
        {
            await handler.Handle(_notification, CancellationToken.None);
        }
    }

    [Benchmark]
    public Task Publish() => _publisher.Publish(_notification);
}

public sealed record WidgetViewed(int Id) : INotification;

internal sealed class WidgetViewCounter : INotificationHandler<WidgetViewed>
{
    private long _views;

    public Task Handle(WidgetViewed notification, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _views);
        return Task.CompletedTask;
    }
}

internal sealed class WidgetLastViewed : INotificationHandler<WidgetViewed>
{
    private int _lastId;

    public Task Handle(WidgetViewed notification, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _lastId, notification.Id);
        return Task.CompletedTask;
    }
}
