using FluentValidation;
using Suite.Platform.Mediator;

namespace Suite.Platform.Tests.Mediator.Widgets;

internal sealed record UpdateWidget(string WidgetId, string DisplayName, WidgetOwner Owner) : IRequest<string>;

internal sealed record WidgetOwner(string UserId);

internal sealed class UpdateWidgetValidator : AbstractValidator<UpdateWidget>
{
    public UpdateWidgetValidator()
    {
        RuleFor(r => r.WidgetId).Must(Ids.IsValid).WithMessage("Must be a 26-character id.");
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Owner.UserId).Must(Ids.IsValid).WithMessage("Must be a 26-character id.");
    }
}

internal sealed class UpdateWidgetHandler(HandlerCalls calls) : IRequestHandler<UpdateWidget, string>
{
    public Task<string> Handle(UpdateWidget request, CancellationToken cancellationToken)
    {
        calls.Record(nameof(UpdateWidget));
        return Task.FromResult(request.DisplayName);
    }
}
