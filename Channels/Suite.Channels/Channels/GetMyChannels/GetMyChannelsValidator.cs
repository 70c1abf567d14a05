using FluentValidation;
using Suite.Channels.Api;
using Suite.Platform;

namespace Suite.Channels.Channels.GetMyChannels;

internal sealed class GetMyChannelsValidator : AbstractValidator<GetMyChannelsRequest>
{
    public GetMyChannelsValidator()
    {
        RuleFor(r => r.UserId).Must(Me.IsValidUserRef).WithMessage("must be a valid id or me.");
        RuleFor(r => r.TeamId).Must(Ids.IsValid).When(r => r.TeamId is not null).WithMessage("must be a valid id.");
        RuleFor(r => r.LastDeleteAt).GreaterThanOrEqualTo(0).WithErrorCode("api.context.invalid_url_param.app_error").WithName("last_delete_at");
    }
}
