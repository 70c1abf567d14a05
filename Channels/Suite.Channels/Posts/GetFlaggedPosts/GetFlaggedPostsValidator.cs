using FluentValidation;
using Suite.Channels.Api;
using Suite.Platform;

namespace Suite.Channels.Posts.GetFlaggedPosts;

internal sealed class GetFlaggedPostsValidator : AbstractValidator<GetFlaggedPostsRequest>
{
    public GetFlaggedPostsValidator()
    {
        RuleFor(r => r.UserId).Must(Me.IsValidUserRef).WithErrorCode(InvalidUrl).WithName("user_id").WithMessage("must be a valid id or me.");
        RuleFor(r => r.TeamId).Must(Ids.IsValid).When(r => r.TeamId is not null).WithErrorCode(InvalidUrl).WithName("team_id").WithMessage("must be a valid id.");
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).When(r => r.ChannelId is not null).WithErrorCode(InvalidUrl).WithName("channel_id").WithMessage("must be a valid id.");
    }

    private const string InvalidUrl = "api.context.invalid_url_param.app_error";
}
