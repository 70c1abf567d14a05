using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.AccessTokens.GetAccessToken;

internal sealed class GetAccessTokenValidator : AbstractValidator<GetAccessTokenRequest>
{
    public GetAccessTokenValidator() => RuleFor(x => x.TokenId).IsIdInUrl("token_id");
}
