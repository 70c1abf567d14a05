using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.Platform.Grains;
using Suite.Testing;

namespace Suite.Platform.Tests.Grains;

public sealed class GrainRuntimeTests
{
    private FakeTimeProvider _time = null!;
    private ServiceProvider _services = null!;
    private IGrainFactory _grains = null!;
    private GrainLog _log = null!;

    [SetUp]
    public void CreateRuntime()
    {
        _time = TestClock.StartingNow();
        _services = GrainHost.Build(_time);
        _grains = _services.GetRequiredService<IGrainFactory>();
        _log = _services.GetRequiredService<GrainLog>();
    }

    [TearDown]
    public async Task DisposeRuntime() => await _services.DisposeAsync();

    [Test]
    public async Task ConcurrentCalls_ToOneKey_ShareOneActivation()
    {
        var callers = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                await _grains.GetGrain<ICounterGrain>("shared").IncrementAsync();
            }
        }));

        await Task.WhenAll(callers);
        var count = await _grains.GetGrain<ICounterGrain>("shared").GetAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_log.Activated, Is.EqualTo(new[] { "shared" }));
            Assert.That(count, Is.EqualTo(800));
        });
    }

    [Test]
    public async Task DifferentKeys_HaveTheirOwnActivationsAndState()
    {
        await _grains.GetGrain<ICounterGrain>("a").IncrementAsync();
        await _grains.GetGrain<ICounterGrain>("a").IncrementAsync();
        await _grains.GetGrain<ICounterGrain>("b").IncrementAsync();

        var a = await _grains.GetGrain<ICounterGrain>("a").GetAsync();
        var b = await _grains.GetGrain<ICounterGrain>("b").GetAsync();

        Assert.Multiple(() =>
        {
            Assert.That((a, b), Is.EqualTo((2, 1)));
            Assert.That(_log.Activated, Is.EquivalentTo(new[] { "a", "b" }));
        });
    }

    [Test]
    public async Task CallsToOneActivation_NeverOverlap()
    {
        var grain = _grains.GetGrain<ICounterGrain>("serial");

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => grain.TrackOverlapAsync())));

        Assert.That(await grain.MostAtOnceAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task CallsFromOneCaller_RunInTheOrderTheyWereMade()
    {
        var grain = _grains.GetGrain<ICounterGrain>("ordered");

        await Task.WhenAll(Enumerable.Range(0, 300).Select(grain.RecordAsync).ToList());

        Assert.That(await grain.RecordedAsync(), Is.EqualTo(Enumerable.Range(0, 300)));
    }

    [Test]
    public async Task IdleActivation_IsDeactivated_AndTheNextCallActivatesAFreshOne()
    {
        var grain = _grains.GetGrain<ICounterGrain>("idle");
        await grain.IncrementAsync();

        _time.Advance(TimeSpan.FromSeconds(70));

        Assert.That(() => _log.Deactivated.Contains("idle"), Is.True.After(10_000, 10));
        var count = await grain.IncrementAsync();

        Assert.Multiple(() =>
        {
            Assert.That(count, Is.EqualTo(1), "state starts afresh");
            Assert.That(_log.Activated, Is.EqualTo(new[] { "idle", "idle" }));
        });
    }

    [Test]
    public async Task RecentlyUsedActivation_IsKept()
    {
        var grain = _grains.GetGrain<ICounterGrain>("recent");
        await grain.IncrementAsync();
        _time.Advance(TimeSpan.FromSeconds(40));
        await grain.IncrementAsync();

        _time.Advance(TimeSpan.FromSeconds(40));
        var deactivated = _log.Deactivated.ToList();
        var count = await grain.IncrementAsync();

        Assert.Multiple(() =>
        {
            Assert.That(deactivated, Is.Empty);
            Assert.That(count, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task BusyActivation_IsNotDeactivated()
    {
        var grain = _grains.GetGrain<ICounterGrain>("busy");
        var gate = new TaskCompletionSource();
        var waiting = grain.WaitAsync(gate.Task);

        _time.Advance(TimeSpan.FromMinutes(10));
        var deactivatedWhileBusy = _log.Deactivated.Contains("busy");
        gate.SetResult();
        await waiting;

        Assert.That(deactivatedWhileBusy, Is.False);
    }

    [Test]
    public async Task DeactivateOnIdle_EndsTheActivationAfterItsCalls()
    {
        var grain = _grains.GetGrain<ICounterGrain>("asked");
        await grain.IncrementAsync();

        await grain.DeactivateSoonAsync();

        Assert.That(() => _log.Deactivated.Contains("asked"), Is.True.After(10_000, 10));
        Assert.That(await grain.IncrementAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task ExceptionInACall_ReachesItsCaller_AndTheActivationGoesOn()
    {
        var grain = _grains.GetGrain<ICounterGrain>("failing");
        await grain.IncrementAsync();

        var exception = Assert.ThrowsAsync<InvalidOperationException>(() => grain.FailAsync());
        var count = await grain.IncrementAsync();

        Assert.Multiple(() =>
        {
            Assert.That(exception!.Message, Is.EqualTo("boom"));
            Assert.That(count, Is.EqualTo(2));
            Assert.That(_log.Activated, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task FailedActivation_FailsTheCallsWaitingForIt_AndTheNextCallActivatesAgain()
    {
        _log.FailNextActivations(1);
        var grain = _grains.GetGrain<ICounterGrain>("flaky");

        var waiting = Enumerable.Range(0, 5).Select(_ => grain.IncrementAsync()).ToList();
        foreach (var call in waiting)
        {
            Assert.ThrowsAsync<InvalidOperationException>(() => call);
        }

        Assert.That(await grain.IncrementAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task ReleaseTurn_LetsTheNextCallRunWhileTheFirstStillAwaits()
    {
        var grain = _grains.GetGrain<ICounterGrain>("released");
        var gate = new TaskCompletionSource();

        var first = grain.ReleaseTurnThenWaitAsync(gate.Task);
        var second = await grain.IncrementAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var firstDoneBeforeGate = first.IsCompleted;
        gate.SetResult();
        await first;

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(2));
            Assert.That(firstDoneBeforeGate, Is.False);
        });
    }

    [Test]
    public async Task DisposingTheRuntime_DeactivatesEveryActivation()
    {
        await _grains.GetGrain<ICounterGrain>("one").IncrementAsync();
        await _grains.GetGrain<ICounterGrain>("two").IncrementAsync();

        await _services.GetRequiredService<GrainRuntime>().DisposeAsync();

        Assert.That(_log.Deactivated, Is.EquivalentTo(new[] { "one", "two" }));
    }

    [Test]
    public void GetGrain_OfAnInterfaceWithANonAsyncMethod_IsRefused()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => _grains.GetGrain<INotAsyncGrain>("x"));

        Assert.That(exception!.Message, Does.Contain("Count").And.Contain("must return Task"));
    }

    [Test]
    public void GetGrain_OfAnUnregisteredInterface_IsRefused()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => _grains.GetGrain<IUnregisteredGrain>("x"));

        Assert.That(exception!.Message, Does.Contain("AddGrain"));
    }
}
