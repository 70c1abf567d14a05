using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.AccessTokens.GetAccessTokens;

internal sealed class GetUserAccessTokensValidator : AbstractValidator<GetUserAccessTokensRequest>
{
    public GetUserAccessTokensValidator() => RuleFor(x => x.UserId).IsIdInUrl("user_id");
}
