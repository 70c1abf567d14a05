using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Channels.SearchChannels;

internal sealed class SearchChannelsValidator : AbstractValidator<SearchChannelsRequest>
{
    public SearchChannelsValidator()
    {
        RuleFor(r => r.TeamId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.Term).NotNull().MaximumLength(64);
    }
}
