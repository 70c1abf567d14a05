using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Channels.GetChannelStats;

internal sealed class GetChannelStatsValidator : AbstractValidator<GetChannelStatsRequest>
{
    public GetChannelStatsValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
    }
}
