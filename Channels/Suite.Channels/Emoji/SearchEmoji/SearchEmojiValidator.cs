using FluentValidation;

namespace Suite.Channels.Emoji.SearchEmoji;

internal sealed class SearchEmojiValidator : AbstractValidator<SearchEmojiRequest>
{
    public SearchEmojiValidator() =>
        RuleFor(r => r.Term).NotEmpty().MaximumLength(EmojiRules.MaxNameLength).WithName("term");
}
