using FluentValidation;
using Suite.Channels.Api;
using Suite.Platform;

namespace Suite.Channels.Reactions.RemoveReaction;

internal sealed class RemoveReactionValidator : AbstractValidator<RemoveReactionRequest>
{
    public RemoveReactionValidator()
    {
        RuleFor(r => r.UserId).Must(Me.IsValidUserRef).WithMessage("must be a valid id or me.");
        RuleFor(r => r.PostId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.EmojiName).Must(ReactionRules.ValidEmojiName).WithMessage("must be 1 to 64 letters, digits, '+', '-' or '_'.");
    }
}
