using FluentValidation;
using Suite.Channels.Api;
using Suite.Channels.Channels;
using Suite.Platform;

namespace Suite.Channels.Members.UpdateNotifyProps;

internal sealed class UpdateNotifyPropsValidator : AbstractValidator<UpdateNotifyPropsRequest>
{
    public UpdateNotifyPropsValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.UserId).Must(Me.IsValidUserRef).WithMessage("must be a valid id or me.");
        RuleForEach(r => r.NotifyProps).Must(BeKnown).WithMessage("has an unknown key or value.");
    }

    private static bool BeKnown(KeyValuePair<string, string> prop) =>
        prop.Key.Length is > 0 and <= 64 && prop.Value is { Length: <= 256 }
        && (!MemberRoles.NotifyPropValues.TryGetValue(prop.Key, out var allowed) || allowed.Length == 0 || allowed.Contains(prop.Value));
}
