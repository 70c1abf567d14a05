using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Channels.PatchChannel;

internal sealed class PatchChannelValidator : AbstractValidator<PatchChannelRequest>
{
    public PatchChannelValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.Name).Must(ChannelNames.IsValidName).When(r => r.Name is not null)
            .WithMessage("must be 1 to 64 lower-case letters, digits, '-' or '_'.");
        RuleFor(r => r.DisplayName).Must(d => !string.IsNullOrWhiteSpace(d) && ChannelNames.RuneLength(d) <= ChannelNames.MaxDisplayNameLength)
            .When(r => r.DisplayName is not null).WithMessage("must be 1 to 64 characters.");
        RuleFor(r => r.Purpose).Must(p => ChannelNames.RuneLength(p) <= ChannelNames.MaxPurposeLength).WithMessage("must be at most 250 characters.");
        RuleFor(r => r.Header).Must(h => ChannelNames.RuneLength(h) <= ChannelNames.MaxHeaderLength).WithMessage("must be at most 1024 characters.");
    }
}
