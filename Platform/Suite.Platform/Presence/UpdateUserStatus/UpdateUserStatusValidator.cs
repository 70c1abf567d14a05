using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Presence.UpdateUserStatus;

internal sealed class UpdateUserStatusValidator : AbstractValidator<UpdateUserStatusRequest>
{
    public UpdateUserStatusValidator()
    {
        RuleFor(x => x.UserId).IsIdInUrl("user_id");
        RuleFor(x => x.BodyUserId).Must((request, bodyUserId) => bodyUserId == request.UserId)
            .WithAppError(ValidationRules.InvalidBodyParam, "Invalid or missing user_id in request body: it must be the user in the URL.");
        RuleFor(x => x.Status).Must(UserStatuses.Settable.Contains)
            .WithAppError(ValidationRules.InvalidBodyParam, "Invalid or missing status in request body: online, away, dnd or offline.");
        RuleFor(x => x.DndEndTime).GreaterThanOrEqualTo(0)
            .WithAppError(ValidationRules.InvalidBodyParam, "Invalid dnd_end_time in request body: Unix seconds, or 0 for no end.");
    }
}
