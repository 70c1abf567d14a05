using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Channels.CreateGroupChannel;

internal sealed class CreateGroupChannelValidator : AbstractValidator<CreateGroupChannelRequest>
{
    public CreateGroupChannelValidator()
    {
        RuleFor(r => r.UserIds).Must(ids => ids is { Count: > 0 and <= 8 } && ids.All(Ids.IsValid)).WithMessage("must be valid user ids.");
    }
}
