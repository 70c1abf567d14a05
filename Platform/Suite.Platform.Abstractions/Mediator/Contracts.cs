namespace Suite.Platform.Mediator;

/// <summary>The response of a request that returns nothing.</summary>
public readonly record struct Unit
{
    /// <summary>The only value.</summary>
    public static readonly Unit Value;

    /// <summary>A completed task holding <see cref="Value"/>, shared to avoid allocating.</summary>
    public static readonly Task<Unit> Task = System.Threading.Tasks.Task.FromResult(Value);
}

/// <summary>Marker for requests sent through the mediator to exactly one handler.</summary>
/// <typeparam name="TResponse">What the handler answers.</typeparam>
#pragma warning disable CA1040 // Marker interfaces carry the response type; this is MediatR's shape.
public interface IRequest<out TResponse>
{
}

/// <summary>A request answering nothing.</summary>
public interface IRequest : IRequest<Unit>
{
}

/// <summary>Marker for notifications published to every handler in every loaded module.</summary>
public interface INotification
{
}
#pragma warning restore CA1040

/// <summary>Handles one request type.</summary>
public interface IRequestHandler<in TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    /// <summary>Handles the request.</summary>
    Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken);
}

/// <summary>Handles one notification type; every registered handler receives each notification.</summary>
public interface INotificationHandler<in TNotification>
    where TNotification : INotification
{
    /// <summary>Handles the notification.</summary>
    Task Handle(TNotification notification, CancellationToken cancellationToken);
}

/// <summary>The rest of the pipeline, from the next behaviour to the handler.</summary>
public delegate Task<TResponse> RequestHandlerDelegate<TResponse>(CancellationToken cancellationToken = default);

/// <summary>Wraps every request's handling; behaviours run in the order the Platform registers them.</summary>
public interface IPipelineBehavior<in TRequest, TResponse>
    where TRequest : notnull
{
    /// <summary>Runs around the rest of the pipeline; call <paramref name="next"/> at most once.</summary>
    Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken);
}

/// <summary>Sends requests through the pipeline to their handler.</summary>
public interface ISender
{
    /// <summary>Sends a request and returns its handler's response.</summary>
    Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default);
}

/// <summary>Publishes notifications to all their handlers.</summary>
public interface IPublisher
{
    /// <summary>Publishes a notification to every handler in every loaded module, one after another.</summary>
    Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification;
}

/// <summary>Both <see cref="ISender"/> and <see cref="IPublisher"/>.</summary>
public interface IMediator : ISender, IPublisher
{
}
