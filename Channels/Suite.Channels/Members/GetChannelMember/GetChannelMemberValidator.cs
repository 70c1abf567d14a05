using FluentValidation;
using Suite.Channels.Api;
using Suite.Platform;

namespace Suite.Channels.Members.GetChannelMember;

internal sealed class GetChannelMemberValidator : AbstractValidator<GetChannelMemberRequest>
{
    public GetChannelMemberValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.UserId).Must(Me.IsValidUserRef).WithMessage("must be a valid id or me.");
    }
}
