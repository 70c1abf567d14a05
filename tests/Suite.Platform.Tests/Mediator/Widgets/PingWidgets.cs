using Suite.Platform.Mediator;

namespace Suite.Platform.Tests.Mediator.Widgets;

internal sealed record PingWidgets : IRequest<string>, IAnonymousRequest;

internal sealed class PingWidgetsHandler : IRequestHandler<PingWidgets, string>
{
    public Task<string> Handle(PingWidgets request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult("pong");
    }
}
