using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Channels.UpdateChannelPrivacy;

internal sealed class UpdateChannelPrivacyValidator : AbstractValidator<UpdateChannelPrivacyRequest>
{
    public UpdateChannelPrivacyValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.Privacy).Must(p => p is ChannelTypes.Open or ChannelTypes.Private).WithMessage("must be O or P.");
    }
}
