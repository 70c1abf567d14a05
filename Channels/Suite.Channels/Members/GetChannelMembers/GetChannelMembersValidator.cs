using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Members.GetChannelMembers;

internal sealed class GetChannelMembersValidator : AbstractValidator<GetChannelMembersRequest>
{
    public GetChannelMembersValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.UserIds).Must(ids => ids!.Count is > 0 and <= 1000 && ids.All(Ids.IsValid)).When(r => r.UserIds is not null)
            .WithMessage("must be 1 to 1000 valid user ids.");
    }
}
