using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Channels.SearchChannels;

internal sealed class SearchAllChannelsValidator : AbstractValidator<SearchAllChannelsRequest>
{
    public const int MaxPerPage = 200;

    public SearchAllChannelsValidator()
    {
        RuleFor(r => r.Search.Term).MaximumLength(64).WithName("term");
        RuleForEach(r => r.Search.TeamIds).Must(Ids.IsValid).WithName("team_ids").WithMessage("must be valid ids.");
        RuleFor(r => r.Search.Page).GreaterThanOrEqualTo(0).WithName("page");
        RuleFor(r => r.Search.PerPage).InclusiveBetween(1, MaxPerPage).WithName("per_page");
    }
}

internal sealed class AutocompleteMyChannelsValidator : AbstractValidator<AutocompleteMyChannelsRequest>
{
    public AutocompleteMyChannelsValidator() => RuleFor(r => r.Term).MaximumLength(64).WithName("term");
}
