using FluentValidation;

namespace Suite.Channels.CustomEmojis.GetEmojiList;

internal sealed class GetEmojiListValidator : AbstractValidator<GetEmojiListRequest>
{
    public GetEmojiListValidator() =>
        RuleFor(r => r.Sort).Must(sort => sort is "" or "name").WithErrorCode("api.context.invalid_url_param.app_error").WithName("sort")
            .WithMessage("must be empty or 'name'.");
}
