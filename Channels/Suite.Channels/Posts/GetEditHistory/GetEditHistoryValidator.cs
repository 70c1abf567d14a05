using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Posts.GetEditHistory;

internal sealed class GetEditHistoryValidator : AbstractValidator<GetEditHistoryRequest>
{
    public GetEditHistoryValidator() =>
        RuleFor(r => r.PostId).Must(Ids.IsValid).WithErrorCode("api.context.invalid_url_param.app_error").WithName("post_id").WithMessage("must be a valid id.");
}
