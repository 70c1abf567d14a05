using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Reactions.AddReaction;

internal sealed class AddReactionValidator : AbstractValidator<AddReactionRequest>
{
    public AddReactionValidator()
    {
        RuleFor(r => r.UserId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.PostId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.EmojiName).Must(ReactionRules.ValidEmojiName).WithMessage("must be 1 to 64 letters, digits, '+', '-' or '_'.");
    }
}
