using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.CustomEmojis.GetEmojiImage;

internal sealed class GetEmojiImageValidator : AbstractValidator<GetEmojiImageRequest>
{
    public GetEmojiImageValidator() =>
        RuleFor(r => r.Id).Must(Ids.IsValid).WithErrorCode("api.context.invalid_url_param.app_error").WithName("emoji_id").WithMessage("must be a valid id.");
}
