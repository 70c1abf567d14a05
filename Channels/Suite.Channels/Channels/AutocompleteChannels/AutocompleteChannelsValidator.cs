using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Channels.AutocompleteChannels;

internal sealed class AutocompleteChannelsValidator : AbstractValidator<AutocompleteChannelsRequest>
{
    public AutocompleteChannelsValidator()
    {
        RuleFor(r => r.TeamId).Must(Ids.IsValid).WithErrorCode("api.context.invalid_url_param.app_error").WithName("team_id").WithMessage("must be a valid id.");
        RuleFor(r => r.Name).MaximumLength(ChannelNames.MaxDisplayNameLength).WithErrorCode("api.context.invalid_url_param.app_error").WithName("name");
    }
}
