using Microsoft.Extensions.DependencyInjection;

namespace Suite.Platform.Grains;

/// <summary>
/// Marks a grain interface. Every method of a grain interface must return <see cref="Task"/>,
/// <see cref="Task{TResult}"/>, <see cref="ValueTask"/> or <see cref="ValueTask{TResult}"/>, and must
/// not be generic; <see cref="IGrainFactory.GetGrain{TGrainInterface}"/> refuses other interfaces.
/// </summary>
#pragma warning disable CA1040 // A marker, as Orleans' IGrain: it names the interfaces the runtime proxies.
public interface IGrain
{
}
#pragma warning restore CA1040

/// <summary>
/// Gets references to grains: the local substitute for Orleans. There is at most one activation of
/// a grain per key per process, created through dependency injection on the first call; calls to it
/// run one at a time in arrival order (see <see cref="Grain.ReleaseTurn"/> for the exception); it
/// is deactivated after it has been idle for the configured time. State shared between processes
/// belongs in PostgreSQL: a grain is a cache and a serialiser, never the source of truth.
/// </summary>
public interface IGrainFactory
{
    /// <summary>
    /// A reference to the grain with this key. Cheap; activates nothing until the first call. Grains
    /// must not call themselves (directly or through another grain): the call would wait for its own turn.
    /// </summary>
    TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrain;
}

/// <summary>Registers grain implementations.</summary>
public static class GrainServiceCollectionExtensions
{
    /// <summary>Makes <typeparamref name="TGrain"/> the implementation of <typeparamref name="TGrainInterface"/>.</summary>
    public static IServiceCollection AddGrain<TGrainInterface, TGrain>(this IServiceCollection services)
        where TGrainInterface : IGrain
        where TGrain : Grain, TGrainInterface
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new GrainRegistration(typeof(TGrainInterface), typeof(TGrain)));
        return services;
    }
}

/// <summary>A grain interface and the class implementing it, as registered by <see cref="GrainServiceCollectionExtensions.AddGrain{TGrainInterface, TGrain}"/>.</summary>
/// <param name="InterfaceType">The grain interface.</param>
/// <param name="GrainType">The implementation, derived from <see cref="Grain"/>.</param>
public sealed record GrainRegistration(Type InterfaceType, Type GrainType);
