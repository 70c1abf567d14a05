using FluentValidation;

namespace Suite.Channels.CustomEmojis.GetEmojisByNames;

internal sealed class GetEmojisByNamesValidator : AbstractValidator<GetEmojisByNamesRequest>
{
    public GetEmojisByNamesValidator() => RuleFor(r => r.Names).NotEmpty().WithName("names");
}
