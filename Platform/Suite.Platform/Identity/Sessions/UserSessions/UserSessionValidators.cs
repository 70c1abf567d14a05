using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Sessions.UserSessions;

internal sealed class GetUserSessionsValidator : AbstractValidator<GetUserSessionsRequest>
{
    public GetUserSessionsValidator() => RuleFor(x => x.UserId).IsIdInUrl("user_id");
}

internal sealed class RevokeUserSessionValidator : AbstractValidator<RevokeUserSessionRequest>
{
    public RevokeUserSessionValidator()
    {
        RuleFor(x => x.UserId).IsIdInUrl("user_id");
        RuleFor(x => x.SessionId).Must(Ids.IsValid).WithName("session_id").WithMessage("must be a session id.");
    }
}
