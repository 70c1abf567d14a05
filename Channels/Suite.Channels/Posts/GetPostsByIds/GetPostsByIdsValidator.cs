using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Posts.GetPostsByIds;

internal sealed class GetPostsByIdsValidator : AbstractValidator<GetPostsByIdsRequest>
{
    public const int MaxIds = 1000;

    public GetPostsByIdsValidator()
    {
        RuleFor(r => r.PostIds).NotEmpty().Must(ids => ids.Count <= MaxIds).WithName("post_ids").WithMessage($"must name 1 to {MaxIds} posts.");
        RuleForEach(r => r.PostIds).Must(Ids.IsValid).WithName("post_ids").WithMessage("must be post ids.");
    }
}
