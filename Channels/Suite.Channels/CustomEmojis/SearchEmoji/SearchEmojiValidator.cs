using FluentValidation;

namespace Suite.Channels.CustomEmojis.SearchEmoji;

internal sealed class SearchEmojiValidator : AbstractValidator<SearchEmojiRequest>
{
    public SearchEmojiValidator() =>
        RuleFor(r => r.Term).NotEmpty().MaximumLength(EmojiRules.MaxNameLength).WithName("term");
}
