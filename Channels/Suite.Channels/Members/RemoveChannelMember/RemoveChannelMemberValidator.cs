using FluentValidation;
using Suite.Channels.Api;
using Suite.Platform;

namespace Suite.Channels.Members.RemoveChannelMember;

internal sealed class RemoveChannelMemberValidator : AbstractValidator<RemoveChannelMemberRequest>
{
    public RemoveChannelMemberValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.UserId).Must(Me.IsValidUserRef).WithMessage("must be a valid id or me.");
    }
}
