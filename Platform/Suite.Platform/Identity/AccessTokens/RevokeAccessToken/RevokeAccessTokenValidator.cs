using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.AccessTokens.RevokeAccessToken;

internal sealed class RevokeAccessTokenValidator : AbstractValidator<RevokeAccessTokenRequest>
{
    public RevokeAccessTokenValidator() => RuleFor(x => x.TokenId).IsIdInBody("token_id");
}
