using FluentValidation;
using Suite.Channels.Api;
using Suite.Platform;

namespace Suite.Channels.Members.GetMyChannelMembers;

internal sealed class GetMyChannelMembersValidator : AbstractValidator<GetMyChannelMembersRequest>
{
    public GetMyChannelMembersValidator()
    {
        RuleFor(r => r.UserId).Must(Me.IsValidUserRef).WithMessage("must be a valid id or me.");
        RuleFor(r => r.TeamId).Must(Ids.IsValid).WithMessage("must be a valid id.");
    }
}
