using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.CustomEmojis.DeleteEmoji;

internal sealed class DeleteEmojiValidator : AbstractValidator<DeleteEmojiRequest>
{
    public DeleteEmojiValidator() =>
        RuleFor(r => r.Id).Must(Ids.IsValid).WithErrorCode("api.context.invalid_url_param.app_error").WithName("emoji_id").WithMessage("must be a valid id.");
}
