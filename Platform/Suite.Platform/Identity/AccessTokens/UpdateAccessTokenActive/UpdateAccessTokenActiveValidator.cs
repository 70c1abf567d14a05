using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.AccessTokens.UpdateAccessTokenActive;

internal sealed class UpdateAccessTokenActiveValidator : AbstractValidator<UpdateAccessTokenActiveRequest>
{
    public UpdateAccessTokenActiveValidator() => RuleFor(x => x.TokenId).IsIdInBody("token_id");
}
