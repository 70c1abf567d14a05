using Suite.Platform.Mediator;

namespace Suite.Platform.Tests.Mediator.Widgets;

/// <summary>Sends itself again from inside its handler; every send completes synchronously.</summary>
internal sealed record Countdown(int From) : IRequest<string>, IAnonymousRequest;

internal sealed class CountdownHandler(ISender sender) : IRequestHandler<Countdown, string>
{
    public async Task<string> Handle(Countdown request, CancellationToken cancellationToken) =>
        request.From == 0 ? "0" : $"{request.From},{await sender.Send(new Countdown(request.From - 1), cancellationToken)}";
}
