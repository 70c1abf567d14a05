using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Platform.Mediator;

/// <summary>
/// MediatR's shape without MediatR (not obtainable here; see docs/adr/0001). Handlers and
/// behaviours are singletons, so each request type's pipeline is built once and cached.
/// </summary>
internal sealed class Mediator(IServiceProvider services) : IMediator
{
    private readonly ConcurrentDictionary<Type, object> _requestPipelines = new();
    private readonly ConcurrentDictionary<Type, object> _notificationHandlers = new();

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Behaviours avoid async state machines on their fast paths, so a refusal can be thrown before
        // any task exists; callers get it in the task, as from an async method.
        try
        {
            var pipeline = (RequestPipeline<TResponse>)_requestPipelines.GetOrAdd(request.GetType(), CreatePipeline, services);
            return pipeline.Handle(request, cancellationToken);
        }
        catch (OperationCanceledException ex) when (ex.CancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TResponse>(ex.CancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<TResponse>(ex);
        }
    }

    public async Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification
    {
        ArgumentNullException.ThrowIfNull(notification);
        var handlers = (INotificationHandler<TNotification>[])_notificationHandlers.GetOrAdd(
            typeof(TNotification),
            static (_, sp) => sp.GetServices<INotificationHandler<TNotification>>().ToArray(),
            services);

        List<Exception>? failures = null;
        foreach (var handler in handlers)
        {
            try
            {
                await handler.Handle(notification, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                (failures ??= []).Add(ex);
            }
        }

        if (failures is { Count: 1 })
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failures[0]);
        }

        if (failures is not null)
        {
            throw new AggregateException($"{failures.Count} handlers of {typeof(TNotification).Name} failed.", failures);
        }
    }

    private static object CreatePipeline(Type requestType, IServiceProvider services)
    {
        var responseType = requestType.GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            .GetGenericArguments()[0];
        var pipelineType = typeof(RequestPipeline<,>).MakeGenericType(requestType, responseType);
        return Activator.CreateInstance(pipelineType, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DoNotWrapExceptions, null, [services], null)!;
    }
}
