using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Channels.RestoreChannel;

internal sealed class RestoreChannelValidator : AbstractValidator<RestoreChannelRequest>
{
    public RestoreChannelValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
    }
}
