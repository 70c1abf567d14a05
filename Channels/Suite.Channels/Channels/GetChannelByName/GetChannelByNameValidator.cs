using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Channels.GetChannelByName;

internal sealed class GetChannelByNameValidator : AbstractValidator<GetChannelByNameRequest>
{
    public GetChannelByNameValidator()
    {
        RuleFor(r => r.TeamId).Must(Ids.IsValid).When(r => r.TeamName is null).WithMessage("must be a valid id.");
        RuleFor(r => r.TeamName).NotEmpty().MaximumLength(64).When(r => r.TeamId is null);
        RuleFor(r => r.ChannelName).NotEmpty().MaximumLength(ChannelNames.MaxNameLength);
    }
}
