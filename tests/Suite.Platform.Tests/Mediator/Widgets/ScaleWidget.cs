using FluentValidation;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Platform.Tests.Mediator.Widgets;

/// <summary>
/// Passes through every behaviour and completes synchronously or not depending on its size, so
/// concurrent sends mix the pipeline's reused and abandoned invocations.
/// </summary>
internal sealed record ScaleWidget(int Size) : IRequest<string>;

internal sealed class ScaleWidgetValidator : AbstractValidator<ScaleWidget>
{
    public ScaleWidgetValidator() => RuleFor(r => r.Size).MustAsync(async (size, _) =>
    {
        if (size % 3 == 0)
        {
            await Task.Yield();
        }

        return size >= 0;
    });
}

internal sealed class ScaleWidgetAuthorizer : IRequestAuthorizer<ScaleWidget>
{
    public async ValueTask AuthorizeAsync(ScaleWidget request, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (request.Size % 5 == 0)
        {
            await Task.Delay(1, cancellationToken);
        }
    }
}

internal sealed class ScaleWidgetHandler(ICurrentUser user) : IRequestHandler<ScaleWidget, string>
{
    public async Task<string> Handle(ScaleWidget request, CancellationToken cancellationToken)
    {
        if (request.Size % 2 == 0)
        {
            await Task.Yield();
        }

        return $"{user.UserId}:{request.Size * 3}";
    }
}
