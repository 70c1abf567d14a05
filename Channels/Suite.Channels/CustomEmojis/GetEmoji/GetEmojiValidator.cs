using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.CustomEmojis.GetEmoji;

internal sealed class GetEmojiValidator : AbstractValidator<GetEmojiRequest>
{
    public GetEmojiValidator()
    {
        When(r => r.Id is not null, () =>
            RuleFor(r => r.Id).Must(Ids.IsValid).WithErrorCode("api.context.invalid_url_param.app_error").WithName("emoji_id").WithMessage("must be a valid id."));
        When(r => r.Id is null, () =>
            RuleFor(r => r.Name).Must(EmojiRules.IsValidName).WithErrorCode("api.context.invalid_url_param.app_error").WithName("emoji_name")
                .WithMessage("must be an emoji name."));
    }
}
