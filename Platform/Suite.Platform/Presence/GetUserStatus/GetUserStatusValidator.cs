using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Presence.GetUserStatus;

internal sealed class GetUserStatusValidator : AbstractValidator<GetUserStatusRequest>
{
    public GetUserStatusValidator() => RuleFor(x => x.UserId).IsIdInUrl("user_id");
}
