using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Channels.GetTeamChannels;

internal sealed class GetTeamChannelsValidator : AbstractValidator<GetTeamChannelsRequest>
{
    public GetTeamChannelsValidator()
    {
        RuleFor(r => r.TeamId).Must(Ids.IsValid).WithMessage("must be a valid id.");
    }
}
