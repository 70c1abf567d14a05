using FluentValidation;
using Suite.Channels.Api;
using Suite.Platform;

namespace Suite.Channels.Members.UpdateMemberRoles;

/// <summary>Suite has no guest accounts, so a member is always a scheme user.</summary>
internal sealed class UpdateMemberSchemeRolesValidator : AbstractValidator<UpdateMemberSchemeRolesRequest>
{
    public UpdateMemberSchemeRolesValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.UserId).Must(Me.IsValidUserRef).WithMessage("must be a valid id or me.");
        RuleFor(r => r.SchemeGuest).Equal(false)
            .WithErrorCode("api.channel.update_channel_member_roles.changing_guest_role.app_error").WithMessage("Suite has no guest accounts.");
        RuleFor(r => r.SchemeUser).Equal(true).WithMessage("must be true: every member is a channel user.");
    }
}
