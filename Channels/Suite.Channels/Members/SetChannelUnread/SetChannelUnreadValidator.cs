using FluentValidation;
using Suite.Channels.Api;
using Suite.Platform;

namespace Suite.Channels.Members.SetChannelUnread;

internal sealed class SetChannelUnreadValidator : AbstractValidator<SetChannelUnreadRequest>
{
    public SetChannelUnreadValidator()
    {
        RuleFor(r => r.UserId).Must(Me.IsValidUserRef).WithErrorCode("api.context.invalid_url_param.app_error").WithName("user_id").WithMessage("must be a valid id or me.");
        RuleFor(r => r.PostId).Must(Ids.IsValid).WithErrorCode("api.context.invalid_url_param.app_error").WithName("post_id").WithMessage("must be a valid id.");
    }
}
