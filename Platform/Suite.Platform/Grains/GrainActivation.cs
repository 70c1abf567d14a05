using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Suite.Platform.Grains;

/// <summary>
/// One activation: the grain instance and its mailbox. Calls queue in arrival order and run one
/// turn at a time on the thread pool; no task or thread waits while the mailbox is empty.
/// </summary>
internal sealed class GrainActivation : IGrainActivation
{
    private readonly GrainRuntime _runtime;
    private readonly GrainInterface _interface;
    private readonly Lock _gate = new();
    private readonly Queue<GrainCall> _mailbox = new();
    private readonly AsyncLocal<GrainCall?> _currentCall = new();
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private State _state = State.Created;
    private bool _running;
    private bool _deactivateRequested;
    private int _outstanding;
    private long _lastActivity;
    private Grain? _grain;
    private AsyncServiceScope _scope;

    public GrainActivation(GrainRuntime runtime, GrainInterface grainInterface, string key)
    {
        _runtime = runtime;
        _interface = grainInterface;
        Key = key;
        Id = new GrainId(grainInterface.Interface, key);
        _lastActivity = runtime.Timestamp();
    }

    private enum State
    {
        Created,
        Active,
        Deactivating,
        Deactivated,
    }

    public string Key { get; }

    public GrainId Id { get; }

    /// <summary>Completes once the activation is gone (deactivated, or failed to activate).</summary>
    public Task Deactivated => _deactivated.Task;

    /// <summary>Queues a call; false when the activation is deactivating and the caller must use a new one.</summary>
    public bool TryEnqueue(GrainCall call)
    {
        lock (_gate)
        {
            if (_state >= State.Deactivating)
            {
                return false;
            }

            _mailbox.Enqueue(call);
            _outstanding++;
            if (_running)
            {
                return true;
            }

            _running = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static activation => _ = activation.RunAsync(), this, preferLocal: false);
        return true;
    }

    public void DeactivateOnIdle()
    {
        bool now;
        lock (_gate)
        {
            _deactivateRequested = true;
            now = BeginDeactivationIfIdle();
        }

        if (now)
        {
            _ = DeactivateAsync();
        }
    }

    public void ReleaseTurn()
    {
        var call = _currentCall.Value ?? throw new InvalidOperationException("ReleaseTurn was called outside a call to this grain.");
        call.EndTurn();
    }

    /// <summary>True, and the activation starts deactivating, when it has had no call for <paramref name="idleTimeout"/>.</summary>
    public bool TryBeginIdleDeactivation(TimeProvider time, TimeSpan idleTimeout)
    {
        lock (_gate)
        {
            return time.GetElapsedTime(_lastActivity) >= idleTimeout && BeginDeactivationIfIdle(force: true);
        }
    }

    public async Task DeactivateAsync()
    {
        _runtime.Retire(this, _deactivated.Task);
        try
        {
            await _grain!.OnDeactivateAsync(CancellationToken.None);
        }
#pragma warning disable CA1031 // A failed deactivation is logged; the activation is gone either way.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _runtime.Logger.LogError(ex, "Deactivating grain {Grain}/{Key} failed", _interface.Interface.Name, Key);
        }
        finally
        {
            await FinishAsync();
        }
    }

    private bool BeginDeactivationIfIdle(bool force = false)
    {
        if ((_deactivateRequested || force) && _state == State.Active && !_running && _outstanding == 0)
        {
            _state = State.Deactivating;
            return true;
        }

        return false;
    }

    private async Task RunAsync()
    {
        while (true)
        {
            GrainCall? call;
            bool deactivate;
            lock (_gate)
            {
                if (!_mailbox.TryDequeue(out call))
                {
                    _running = false;
                    deactivate = BeginDeactivationIfIdle();
                }
                else
                {
                    deactivate = false;
                }
            }

            if (call is null)
            {
                if (deactivate)
                {
                    await DeactivateAsync();
                }

                return;
            }

            if (_grain is null && !await ActivateAsync(call))
            {
                return;
            }

            _currentCall.Value = call;
            _ = ExecuteAsync(call);
            _currentCall.Value = null;
            await call.Turn;
        }
    }

    private async Task ExecuteAsync(GrainCall call)
    {
        try
        {
            await call.InvokeAsync(_grain!);
        }
        finally
        {
            call.EndTurn();
            bool deactivate;
            lock (_gate)
            {
                _outstanding--;
                _lastActivity = _runtime.Timestamp();
                deactivate = BeginDeactivationIfIdle();
            }

            if (deactivate)
            {
                _ = DeactivateAsync();
            }
        }
    }

    private async Task<bool> ActivateAsync(GrainCall first)
    {
        try
        {
            await _runtime.PreviousDeactivation(Id);
            (_grain, _scope) = _runtime.CreateGrain(_interface);
            _grain.Attach(this);
            await _grain.OnActivateAsync(CancellationToken.None);
            lock (_gate)
            {
                _state = State.Active;
            }

            return true;
        }
#pragma warning disable CA1031 // The failure goes to the calls that were waiting for the activation.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _runtime.Logger.LogError(ex, "Activating grain {Grain}/{Key} failed", _interface.Interface.Name, Key);
            GrainCall[] waiting;
            lock (_gate)
            {
                _state = State.Deactivating;
                waiting = [first, .. _mailbox];
                _mailbox.Clear();
                _running = false;
            }

            _runtime.Retire(this, _deactivated.Task);
            foreach (var call in waiting)
            {
                call.Fail(ex);
            }

            await FinishAsync();
            return false;
        }
    }

    private async Task FinishAsync()
    {
        lock (_gate)
        {
            _state = State.Deactivated;
        }

        if (_grain is not null)
        {
            await _scope.DisposeAsync();
        }

        _runtime.Retired(this, _deactivated.Task);
        _deactivated.TrySetResult();
    }
}
