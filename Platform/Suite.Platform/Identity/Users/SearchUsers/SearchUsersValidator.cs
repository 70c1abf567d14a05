using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Users.SearchUsers;

internal sealed class SearchUsersValidator : AbstractValidator<SearchUsersRequest>
{
    public SearchUsersValidator()
    {
        RuleFor(x => x.Term).Must(t => t.Trim().TrimStart('@').Length is > 0 and <= 128)
            .WithAppError(ValidationRules.InvalidBodyParam, "Invalid or missing term in request body.");
        RuleFor(x => x.TeamId).IsIdInBody("team_id").When(x => x.TeamId.Length > 0);
        RuleFor(x => x.Limit).InclusiveBetween(1, SearchUsersRequest.MaxLimit)
            .WithAppError(ValidationRules.InvalidBodyParam, $"Invalid limit in request body: 1 to {SearchUsersRequest.MaxLimit}.");
    }
}
