using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Errors;

namespace Suite.Platform.Mediator;

internal abstract class RequestPipeline<TResponse>
{
    public abstract Task<TResponse> Handle(object request, CancellationToken cancellationToken);
}

/// <summary>
/// One request type's behaviours and handler. Each send walks the behaviours with an
/// <see cref="Invocation"/> that is reused per thread when the send completes synchronously,
/// so the pipeline costs no allocation beyond what the behaviours and handler make.
/// </summary>
internal sealed class RequestPipeline<TRequest, TResponse> : RequestPipeline<TResponse>
    where TRequest : IRequest<TResponse>
{
    [ThreadStatic]
    private static Invocation? t_spare;

    private readonly IRequestHandler<TRequest, TResponse> _handler;
    private readonly IPipelineBehavior<TRequest, TResponse>[] _behaviors;

    public RequestPipeline(IServiceProvider services)
    {
        _handler = services.GetService<IRequestHandler<TRequest, TResponse>>()
            ?? throw new AppErrorException(501, "api.mediator.no_handler.app_error",
                $"No loaded module handles {typeof(TRequest).Name}.",
                "The module that handles this request is not enabled.");
        _behaviors = services.GetServices<IPipelineBehavior<TRequest, TResponse>>().ToArray();
    }

    public override Task<TResponse> Handle(object request, CancellationToken cancellationToken)
    {
        if (_behaviors.Length == 0)
        {
            return _handler.Handle((TRequest)request, cancellationToken);
        }

        var invocation = t_spare ?? new Invocation();
        t_spare = null;
        invocation.Start(this, (TRequest)request, cancellationToken);
        var task = invocation.Next(cancellationToken);
        if (task.IsCompleted)
        {
            invocation.Clear();
            t_spare = invocation;
        }

        return task;
    }

    private sealed class Invocation
    {
        private RequestPipeline<TRequest, TResponse>? _pipeline;
        private TRequest _request = default!;
        private CancellationToken _cancellationToken;
        private int _position;

        public Invocation() => Next = Proceed;

        public RequestHandlerDelegate<TResponse> Next { get; }

        public void Start(RequestPipeline<TRequest, TResponse> pipeline, TRequest request, CancellationToken cancellationToken)
        {
            _pipeline = pipeline;
            _request = request;
            _cancellationToken = cancellationToken;
            _position = 0;
        }

        public void Clear()
        {
            _pipeline = null;
            _request = default!;
            _cancellationToken = default;
        }

        private Task<TResponse> Proceed(CancellationToken cancellationToken)
        {
            var pipeline = _pipeline!;
            var token = cancellationToken.CanBeCanceled ? cancellationToken : _cancellationToken;
            var position = _position++;
            return position < pipeline._behaviors.Length
                ? pipeline._behaviors[position].Handle(_request, Next, token)
                : pipeline._handler.Handle(_request, token);
        }
    }
}
