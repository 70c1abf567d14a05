using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Posts.GetPinnedPosts;

internal sealed class GetPinnedPostsValidator : AbstractValidator<GetPinnedPostsRequest>
{
    public GetPinnedPostsValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
    }
}
