using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Channels.GetChannel;

internal sealed class GetChannelValidator : AbstractValidator<GetChannelRequest>
{
    public GetChannelValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
    }
}
