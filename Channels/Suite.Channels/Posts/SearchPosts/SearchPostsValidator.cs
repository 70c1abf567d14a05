using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Posts.SearchPosts;

internal sealed class SearchPostsValidator : AbstractValidator<SearchPostsRequest>
{
    // Real offsets run from UTC-12 to UTC+14.
    private const int MaxOffsetSeconds = 14 * 3600;

    public SearchPostsValidator()
    {
        RuleFor(r => r.TeamId).Must(t => t.Length == 0 || Ids.IsValid(t)).WithMessage("must be a valid id.");
        RuleFor(r => r.Terms).NotEmpty().MaximumLength(SearchPostsRequest.MaxTermsLength);
        RuleFor(r => r.TimeZoneOffset).InclusiveBetween(-MaxOffsetSeconds, MaxOffsetSeconds);
        RuleFor(r => r.Page).GreaterThanOrEqualTo(0);
        RuleFor(r => r.PerPage).InclusiveBetween(1, SearchPostsRequest.MaxPerPage);
    }
}
