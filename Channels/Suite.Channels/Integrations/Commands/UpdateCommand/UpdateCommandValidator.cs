using FluentValidation;
using Suite.Channels.Integrations.IncomingWebhooks;
using Suite.Platform;

namespace Suite.Channels.Integrations.Commands.UpdateCommand;

internal sealed class UpdateCommandValidator : AbstractValidator<UpdateCommandRequest>
{
    public UpdateCommandValidator()
    {
        RuleFor(r => r.CommandId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.BodyId).Must((r, id) => string.IsNullOrEmpty(id) || id == r.CommandId).WithMessage("must match the command id in the URL.");
        RuleFor(r => r.Trigger).NotEmpty().MaximumLength(128).Must(t => !t.StartsWith('/') && !t.Any(char.IsWhiteSpace))
            .WithMessage("must be 1 to 128 characters without a leading slash or spaces.");
        RuleFor(r => r.Method).Must(m => m is "P" or "G").WithMessage("must be P or G.");
        RuleFor(r => r.Url).Must(IncomingWebhookRules.IsHttpUrl).WithMessage("must be an http or https URL.");
        RuleFor(r => r.DisplayName).MaximumLength(64);
        RuleFor(r => r.Description).MaximumLength(128);
        RuleFor(r => r.Username).MaximumLength(64);
        RuleFor(r => r.IconUrl).MaximumLength(1024);
        RuleFor(r => r.AutoCompleteDesc).MaximumLength(1024);
        RuleFor(r => r.AutoCompleteHint).MaximumLength(1024);
    }
}
