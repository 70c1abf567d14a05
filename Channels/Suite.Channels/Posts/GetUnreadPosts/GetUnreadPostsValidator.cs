using FluentValidation;
using Suite.Channels.Api;
using Suite.Platform;

namespace Suite.Channels.Posts.GetUnreadPosts;

internal sealed class GetUnreadPostsValidator : AbstractValidator<GetUnreadPostsRequest>
{
    public const int MaxLimit = 200;

    public GetUnreadPostsValidator()
    {
        RuleFor(r => r.UserId).Must(Me.IsValidUserRef).WithErrorCode(InvalidUrl).WithName("user_id").WithMessage("must be a valid id or me.");
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithErrorCode(InvalidUrl).WithName("channel_id").WithMessage("must be a valid id.");
        RuleFor(r => r.LimitBefore).InclusiveBetween(0, MaxLimit).WithErrorCode(InvalidUrl).WithName("limit_before");
        RuleFor(r => r.LimitAfter).InclusiveBetween(1, MaxLimit).WithErrorCode(InvalidUrl).WithName("limit_after");
    }

    private const string InvalidUrl = "api.context.invalid_url_param.app_error";
}
