using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Identity;
using Suite.Platform.Licensing;
using Suite.Platform.Mediator;
using Suite.Platform.Modules;

namespace Suite.Benchmarks;

/// <summary>The Platform's mediator as the host registers it, with this assembly's handlers and a signed-in user.</summary>
internal sealed class MediatorHost : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly CurrentUser.Scope _signedIn;

    public MediatorHost()
    {
        var currentUser = new CurrentUser();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentUser>(currentUser);
        services.AddSingleton(new ModuleCatalog([]));
        services.AddSingleton<IFeatureGate, UnlicensedFeatureGate>();
        services.AddSuiteMediator();
        services.AddMediatorParticipants(Assembly.GetExecutingAssembly());
        _services = services.BuildServiceProvider();

        // BenchmarkDotNet runs the setup and the iterations on one thread, where this value stays.
        _signedIn = currentUser.Use(new SessionPrincipal("benchmarkuserid0000000000a", "benchmarksessionid0000000a", SystemRoles.User, ""));
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public void Dispose()
    {
        _signedIn.Dispose();
        _services.Dispose();
    }
}
