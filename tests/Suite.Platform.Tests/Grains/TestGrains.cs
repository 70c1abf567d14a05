using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Grains;

namespace Suite.Platform.Tests.Grains;

public interface ICounterGrain : IGrain
{
    Task<int> IncrementAsync();

    ValueTask<int> GetAsync();

    Task RecordAsync(int value);

    Task<IReadOnlyList<int>> RecordedAsync();

    Task TrackOverlapAsync();

    Task<int> MostAtOnceAsync();

    Task FailAsync();

    Task WaitAsync(Task gate);

    Task ReleaseTurnThenWaitAsync(Task gate);

    ValueTask DeactivateSoonAsync();
}

public interface INotAsyncGrain : IGrain
{
    int Count();
}

public interface IUnregisteredGrain : IGrain
{
    Task PingAsync();
}

/// <summary>What the test grains saw happen to them, shared through dependency injection.</summary>
public sealed class GrainLog
{
    private int _failActivations;

    public ConcurrentQueue<string> Activated { get; } = new();

    public ConcurrentQueue<string> Deactivated { get; } = new();

    public void FailNextActivations(int count) => Volatile.Write(ref _failActivations, count);

    public bool ShouldFailActivation() => Interlocked.Decrement(ref _failActivations) >= 0;
}

internal sealed class CounterGrain(GrainLog log) : Grain, ICounterGrain
{
    private readonly List<int> _recorded = [];
    private int _count;
    private int _inside;
    private int _mostAtOnce;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (log.ShouldFailActivation())
        {
            throw new InvalidOperationException("activation refused");
        }

        log.Activated.Enqueue(Key);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        log.Deactivated.Enqueue(Key);
        return Task.CompletedTask;
    }

    public Task<int> IncrementAsync() => Task.FromResult(++_count);

    public ValueTask<int> GetAsync() => ValueTask.FromResult(_count);

    public async Task RecordAsync(int value)
    {
        await Task.Yield();
        _recorded.Add(value);
    }

    public Task<IReadOnlyList<int>> RecordedAsync() => Task.FromResult<IReadOnlyList<int>>([.. _recorded]);

    public async Task TrackOverlapAsync()
    {
        var inside = Interlocked.Increment(ref _inside);
        InterlockedMax(ref _mostAtOnce, inside);
        await Task.Yield();
        await Task.Delay(1);
        Interlocked.Decrement(ref _inside);
    }

    public Task<int> MostAtOnceAsync() => Task.FromResult(Volatile.Read(ref _mostAtOnce));

    public Task FailAsync() => throw new InvalidOperationException("boom");

    public Task WaitAsync(Task gate) => gate;

    public async Task ReleaseTurnThenWaitAsync(Task gate)
    {
        _count++;
        ReleaseTurn();
        await gate;
    }

    public ValueTask DeactivateSoonAsync()
    {
        DeactivateOnIdle();
        return ValueTask.CompletedTask;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}

internal sealed class NotAsyncGrain : Grain, INotAsyncGrain
{
    public int Count() => 0;
}

/// <summary>A container with the grain runtime as the host configures it, and the test grains.</summary>
internal static class GrainHost
{
    public static ServiceProvider Build(TimeProvider time, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Suite:Grains:IdleTimeout"] = "00:01:00",
            ["Suite:Grains:IdleCheckPeriod"] = "00:00:10",
        }).Build();
        GrainServices.Add(services, configuration);
        services.AddSingleton<GrainLog>();
        services.AddGrain<ICounterGrain, CounterGrain>();
        services.AddGrain<INotAsyncGrain, NotAsyncGrain>();
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
