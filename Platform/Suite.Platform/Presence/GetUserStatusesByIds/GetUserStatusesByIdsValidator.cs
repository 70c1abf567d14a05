using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Presence.GetUserStatusesByIds;

internal sealed class GetUserStatusesByIdsValidator : AbstractValidator<GetUserStatusesByIdsRequest>
{
    public const int MaxIds = 1000;

    public GetUserStatusesByIdsValidator()
    {
        RuleFor(x => x.UserIds).Must(ids => ids.Count is > 0 and <= MaxIds)
            .WithAppError(ValidationRules.InvalidBodyParam, $"Invalid or missing user_ids in request body: give 1 to {MaxIds} ids.");
        RuleForEach(x => x.UserIds).IsIdInBody("user_ids");
    }
}
