using FluentValidation;

namespace Suite.Channels.CustomEmojis.CreateEmoji;

internal sealed class CreateEmojiValidator : AbstractValidator<CreateEmojiRequest>
{
    public CreateEmojiValidator()
    {
        RuleFor(r => r.Name).Cascade(CascadeMode.Stop)
            .Must(EmojiRules.IsValidName).WithErrorCode("model.emoji.name.app_error")
            .WithMessage($"must be 1 to {EmojiRules.MaxNameLength} letters, digits, '+', '-' or '_'.")
            .Must(name => !SystemEmojiNames.Contains(name)).WithErrorCode("model.emoji.system_emoji_name.app_error")
            .WithMessage("is the name of a system emoji.");
        RuleFor(r => r.CreatorId).MaximumLength(26).WithErrorCode("model.emoji.user_id.app_error");
    }
}
