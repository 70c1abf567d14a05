using FluentValidation;
using Suite.Channels.Api;
using Suite.Channels.Channels;
using Suite.Platform;

namespace Suite.Channels.Members.UpdateMemberRoles;

internal sealed class UpdateMemberRolesValidator : AbstractValidator<UpdateMemberRolesRequest>
{
    public UpdateMemberRolesValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.UserId).Must(Me.IsValidUserRef).WithMessage("must be a valid id or me.");
        RuleFor(r => r.Roles).Must(BeKnownRoles).WithMessage("must be channel_user, optionally with channel_admin.");
    }

    private static bool BeKnownRoles(string? roles)
    {
        var parts = (roles ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Contains(MemberRoles.User) && parts.All(p => p is MemberRoles.User or MemberRoles.AdminRole) && parts.Distinct().Count() == parts.Length;
    }
}
