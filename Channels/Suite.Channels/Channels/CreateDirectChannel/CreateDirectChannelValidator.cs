using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Channels.CreateDirectChannel;

internal sealed class CreateDirectChannelValidator : AbstractValidator<CreateDirectChannelRequest>
{
    public CreateDirectChannelValidator()
    {
        RuleFor(r => r.UserIds).Must(ids => ids is { Count: 2 } && ids.All(Ids.IsValid)).WithMessage("must be two valid user ids.");
    }
}
