using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Posts.GetChannelPosts;

internal sealed class GetChannelPostsValidator : AbstractValidator<GetChannelPostsRequest>
{
    public GetChannelPostsValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.Before).Must(b => b.Length == 0 || Ids.IsValid(b)).WithMessage("must be a valid post id.");
        RuleFor(r => r.After).Must(a => a.Length == 0 || Ids.IsValid(a)).WithMessage("must be a valid post id.");
        RuleFor(r => r).Must(r => r.Before.Length == 0 || r.After.Length == 0).OverridePropertyName("before").WithMessage("cannot be combined with after.");
        RuleFor(r => r.Since).GreaterThanOrEqualTo(0);
    }
}
