using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Realtime.NotifyTyping;

internal sealed class NotifyTypingValidator : AbstractValidator<NotifyTypingRequest>
{
    public NotifyTypingValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.ParentId).Must(id => id.Length == 0 || Ids.IsValid(id)).WithMessage("must be empty or a valid id.");
    }
}
