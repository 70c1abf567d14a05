using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Channels.CreateChannel;

internal sealed class CreateChannelValidator : AbstractValidator<CreateChannelRequest>
{
    public CreateChannelValidator()
    {
        RuleFor(r => r.TeamId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.Name).Must(ChannelNames.IsValidName)
            .WithMessage("must be 1 to 64 lower-case letters, digits, '-' or '_', and not look like a direct or group channel name.");
        RuleFor(r => r.DisplayName).Must(d => !string.IsNullOrWhiteSpace(d) && ChannelNames.RuneLength(d) <= ChannelNames.MaxDisplayNameLength)
            .WithMessage("must be 1 to 64 characters.");
        RuleFor(r => r.Type).Must(t => t is ChannelTypes.Open or ChannelTypes.Private).WithMessage("must be O or P.");
        RuleFor(r => r.Purpose).Must(p => ChannelNames.RuneLength(p) <= ChannelNames.MaxPurposeLength).WithMessage("must be at most 250 characters.");
        RuleFor(r => r.Header).Must(h => ChannelNames.RuneLength(h) <= ChannelNames.MaxHeaderLength).WithMessage("must be at most 1024 characters.");
    }
}
