using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Platform.Tests.Mediator.Widgets;

/// <summary>
/// Sends itself again from its authorizer (before the rest of the pipeline runs) and from its
/// handler; every send completes synchronously, so nested sends meet the per-thread invocation.
/// </summary>
internal sealed record Countdown(int From) : IRequest<string>, IAnonymousRequest;

internal sealed class CountdownAuthorizer(ISender sender) : IRequestAuthorizer<Countdown>
{
    public async ValueTask AuthorizeAsync(Countdown request, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (request.From > 0 && !(await sender.Send(new Countdown(request.From - 1), cancellationToken)).EndsWith('0'))
        {
            throw AppErrorException.Forbidden("The countdown below this one did not reach zero.");
        }
    }
}

internal sealed class CountdownHandler(ISender sender) : IRequestHandler<Countdown, string>
{
    public async Task<string> Handle(Countdown request, CancellationToken cancellationToken) =>
        request.From == 0 ? "0" : $"{request.From},{await sender.Send(new Countdown(request.From - 1), cancellationToken)}";
}
