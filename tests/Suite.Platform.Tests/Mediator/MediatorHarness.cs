using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Suite.Platform.Identity;
using Suite.Platform.Licensing;
using Suite.Platform.Mediator;
using Suite.Platform.Modules;

namespace Suite.Platform.Tests.Mediator;

/// <summary>
/// The Platform's mediator in a plain container, with this assembly's handlers, validators and
/// authorizers, the unlicensed feature gate over <see cref="WidgetsModule"/>'s features, and a
/// log that records what the logging behaviour writes.
/// </summary>
internal sealed class MediatorHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public MediatorHarness()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Log));
        services.AddMetrics();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(CurrentUser);
        services.AddSingleton<ICurrentUser>(CurrentUser);
        services.AddSingleton(new ModuleCatalog([new LoadedModule(new WidgetsModule(), typeof(WidgetsModule).Assembly)]));
        services.AddSingleton<IFeatureGate, UnlicensedFeatureGate>();
        services.AddSingleton(Calls);
        services.AddSuiteMediator();
        services.AddMediatorParticipants(typeof(MediatorHarness).Assembly);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public CurrentUser CurrentUser { get; } = new();

    public RecordingLog Log { get; } = new();

    public HandlerCalls Calls { get; } = new();

    public ISender Sender => _services.GetRequiredService<ISender>();

    public IPublisher Publisher => _services.GetRequiredService<IPublisher>();

    public T Service<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Acts as a signed-in user until disposed.</summary>
    public IDisposable SignIn(string userId, bool systemAdmin = false) =>
        CurrentUser.Use(new SessionPrincipal(userId, Ids.New(), systemAdmin ? "system_user system_admin" : "system_user", ""));

    public void Dispose() => _services.Dispose();
}

/// <summary>Counts how often each handler ran.</summary>
internal sealed class HandlerCalls
{
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public void Record(string handler) => _counts.AddOrUpdate(handler, 1, (_, count) => count + 1);

    public int Count(string handler) => _counts.GetValueOrDefault(handler);
}

/// <summary>Every message logged, formatted.</summary>
internal sealed class RecordingLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyCollection<string> Messages => _messages;

    public void Clear() => _messages.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log._messages.Enqueue(formatter(state, exception));
    }
}

/// <summary>The features this assembly's requests are gated on, as a module would declare them.</summary>
internal sealed class WidgetsModule : SuiteModule
{
    public const string AuditLog = "audit_log";
    public const string ScheduledReports = "scheduled_reports";

    public override string Name => "Widgets";

    public override IReadOnlyList<LicensedFeature> Features =>
    [
        new(AuditLog, Edition.Enterprise, "Audit log"),
        new(ScheduledReports, Edition.Professional, "Scheduled reports"),
    ];

    public override void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints)
    {
    }
}
