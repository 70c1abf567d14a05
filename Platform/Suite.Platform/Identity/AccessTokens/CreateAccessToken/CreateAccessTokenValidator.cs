using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.AccessTokens.CreateAccessToken;

internal sealed class CreateAccessTokenValidator : AbstractValidator<CreateAccessTokenRequest>
{
    public const int MaxDescriptionLength = 255;

    public CreateAccessTokenValidator()
    {
        RuleFor(x => x.UserId).IsIdInUrl("user_id");
        RuleFor(x => x.Description).Must(d => d.Trim().Length is > 0 and <= MaxDescriptionLength)
            .WithAppError("model.user_access_token.is_valid.description.app_error", $"The description must be 1 to {MaxDescriptionLength} characters.");
        RuleFor(x => x.ExpiresAt).GreaterThanOrEqualTo(0)
            .WithAppError(ValidationRules.InvalidBodyParam, "Invalid expires_at in request body.");
    }
}
