using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Channels.ArchiveChannel;

internal sealed class ArchiveChannelValidator : AbstractValidator<ArchiveChannelRequest>
{
    public ArchiveChannelValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
    }
}
