using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Users.AutocompleteUsers;

internal sealed class AutocompleteUsersValidator : AbstractValidator<AutocompleteUsersRequest>
{
    public AutocompleteUsersValidator()
    {
        RuleFor(r => r.TeamId).Must(t => t.Length == 0 || Ids.IsValid(t)).WithName("in_team").WithMessage("must be a valid id.");
        RuleFor(r => r.ChannelId).Must(c => c.Length == 0 || Ids.IsValid(c)).WithName("in_channel").WithMessage("must be a valid id.");
        RuleFor(r => r).Must(r => r.TeamId.Length > 0 || r.ChannelId.Length > 0).WithName("in_team").WithMessage("in_team or in_channel is required.");
        RuleFor(r => r.Name).MaximumLength(64).WithName("name");
        RuleFor(r => r.Limit).InclusiveBetween(1, 100).WithName("limit");
    }
}
