using FluentValidation;
using Suite.Channels.Api;
using Suite.Platform;

namespace Suite.Channels.Members.ViewChannels;

internal sealed class ViewChannelsValidator : AbstractValidator<ViewChannelsRequest>
{
    public ViewChannelsValidator()
    {
        RuleFor(r => r.UserId).Must(Me.IsValidUserRef).WithMessage("must be a valid id or me.");
        RuleFor(r => r.ChannelIds).Must(ids => ids.Count <= 200 && ids.All(Ids.IsValid)).WithMessage("must be valid channel ids.");
    }
}
