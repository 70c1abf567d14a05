using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Suite.Platform.Grains;

/// <summary>
/// The local stand-in for Orleans: one activation per grain interface and key in this process,
/// created through dependency injection on the first call, deactivated when idle. Activations
/// live in this process only; processes sharing a database each have their own.
/// </summary>
internal sealed class GrainRuntime : IGrainFactory, IHostedService, IAsyncDisposable
{
    private readonly FrozenDictionary<Type, Type> _implementations;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly GrainOptions _options;
    private readonly ILogger<GrainRuntime> _logger;
    private readonly ConcurrentDictionary<Type, GrainInterface> _interfaces = new();
    private readonly ConcurrentDictionary<GrainId, GrainActivation> _activations = new();
    private readonly ConcurrentDictionary<GrainId, Task> _deactivations = new();
    private readonly ITimer _idleCheck;
    private volatile bool _stopping;

    public GrainRuntime(IEnumerable<GrainRegistration> registrations, IServiceScopeFactory scopes, TimeProvider time, GrainOptions options, ILogger<GrainRuntime> logger)
    {
        var implementations = new Dictionary<Type, Type>();
        foreach (var registration in registrations)
        {
            if (!implementations.TryAdd(registration.InterfaceType, registration.GrainType))
            {
                throw new InvalidOperationException(
                    $"Two grains implement {registration.InterfaceType.FullName}: {implementations[registration.InterfaceType].FullName} and {registration.GrainType.FullName}.");
            }
        }

        _implementations = implementations.ToFrozenDictionary();
        _scopes = scopes;
        _time = time;
        _options = options;
        _logger = logger;
        _idleCheck = time.CreateTimer(static state => ((GrainRuntime)state!).DeactivateIdle(), this, options.IdleCheckPeriod, options.IdleCheckPeriod);
    }

    /// <summary>Activations alive now (for tests and diagnostics).</summary>
    internal int ActivationCount => _activations.Count;

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrain
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var grainInterface = _interfaces.GetOrAdd(typeof(TGrainInterface), Describe);
        var proxy = DispatchProxy.Create<TGrainInterface, GrainProxy>();
        ((GrainProxy)(object)proxy).Bind(this, grainInterface, key);
        return proxy;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => DeactivateAllAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _idleCheck.DisposeAsync();
        await DeactivateAllAsync(CancellationToken.None);
    }

    internal object Invoke(GrainInterface grainInterface, string key, MethodInfo method, object?[] arguments)
    {
        var call = grainInterface.CreateCall(method, arguments);
        var id = new GrainId(grainInterface.Interface, key);
        while (true)
        {
            if (_stopping)
            {
                call.Fail(new InvalidOperationException($"The grain runtime is stopping; {grainInterface.Interface.Name}/{key} takes no more calls."));
                return call.ReturnValue;
            }

            var activation = _activations.GetOrAdd(id, static (id, state) => new GrainActivation(state.Runtime, state.Interface, id.Key), (Runtime: this, Interface: grainInterface));
            if (activation.TryEnqueue(call))
            {
                return call.ReturnValue;
            }

            _activations.TryRemove(new KeyValuePair<GrainId, GrainActivation>(id, activation));
        }
    }

    /// <summary>Creates the grain instance for an activation, in its own service scope.</summary>
    internal (Grain Grain, AsyncServiceScope Scope) CreateGrain(GrainInterface grainInterface)
    {
        var scope = _scopes.CreateAsyncScope();
        try
        {
            return ((Grain)grainInterface.Factory(scope.ServiceProvider, null), scope);
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    /// <summary>Waits until an earlier activation of the same grain has finished deactivating.</summary>
    internal Task PreviousDeactivation(GrainId id) => _deactivations.TryGetValue(id, out var task) ? task : Task.CompletedTask;

    /// <summary>Takes a deactivating activation out of the directory; calls arriving from now on create a new one.</summary>
    internal void Retire(GrainActivation activation, Task deactivated)
    {
        _deactivations[activation.Id] = deactivated;
        _activations.TryRemove(new KeyValuePair<GrainId, GrainActivation>(activation.Id, activation));
    }

    internal void Retired(GrainActivation activation, Task deactivated) =>
        _deactivations.TryRemove(new KeyValuePair<GrainId, Task>(activation.Id, deactivated));

    internal long Timestamp() => _time.GetTimestamp();

    internal ILogger Logger => _logger;

    private void DeactivateIdle()
    {
        foreach (var activation in _activations.Values)
        {
            if (activation.TryBeginIdleDeactivation(_time, _options.IdleTimeout))
            {
                _ = activation.DeactivateAsync();
            }
        }
    }

    private async Task DeactivateAllAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        while (!_activations.IsEmpty || !_deactivations.IsEmpty)
        {
            foreach (var activation in _activations.Values)
            {
                activation.DeactivateOnIdle();
            }

            await Task.WhenAll(_activations.Values.Select(a => a.Deactivated).Concat(_deactivations.Values)).WaitAsync(cancellationToken);
        }
    }

    private GrainInterface Describe(Type interfaceType)
    {
        if (!interfaceType.IsInterface)
        {
            throw new InvalidOperationException($"{interfaceType.FullName} is not an interface; grains are reached through their grain interface.");
        }

        if (!_implementations.TryGetValue(interfaceType, out var implementation))
        {
            throw new InvalidOperationException($"No grain implements {interfaceType.FullName}; register one with services.AddGrain<{interfaceType.Name}, TGrain>().");
        }

        var calls = new Dictionary<MethodInfo, GrainCallFactory>();
        foreach (var method in interfaceType.GetMethods().Concat(interfaceType.GetInterfaces().SelectMany(i => i.GetMethods())))
        {
            if (method.IsGenericMethodDefinition)
            {
                throw new InvalidOperationException($"Grain interface {interfaceType.FullName} declares the generic method {method.Name}; grain methods cannot be generic.");
            }

            calls[method] = GrainCallFactory.For(method.ReturnType)
                ?? throw new InvalidOperationException(
                    $"Grain interface {interfaceType.FullName} declares {method.Name} returning {method.ReturnType.Name}; grain methods must return Task, Task<T>, ValueTask or ValueTask<T>.");
        }

        return new GrainInterface(interfaceType, implementation, ActivatorUtilities.CreateFactory(implementation, Type.EmptyTypes), calls.ToFrozenDictionary());
    }
}

/// <summary>A grain interface, its implementation and how to call each of its methods.</summary>
internal sealed record GrainInterface(Type Interface, Type Implementation, ObjectFactory Factory, FrozenDictionary<MethodInfo, GrainCallFactory> Calls)
{
    public GrainCall CreateCall(MethodInfo method, object?[] arguments) => Calls[method].Create(method, arguments);
}

/// <summary>A grain's identity in this process: its interface and key.</summary>
internal readonly record struct GrainId(Type Interface, string Key);
