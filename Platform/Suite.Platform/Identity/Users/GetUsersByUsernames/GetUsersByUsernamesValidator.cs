using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Users.GetUsersByUsernames;

internal sealed class GetUsersByUsernamesValidator : AbstractValidator<GetUsersByUsernamesRequest>
{
    public const int MaxUsernames = 1000;

    public GetUsersByUsernamesValidator()
    {
        RuleFor(x => x.Usernames).Must(names => names.Count is > 0 and <= MaxUsernames)
            .WithAppError(ValidationRules.InvalidBodyParam, $"Invalid or missing usernames in request body: give 1 to {MaxUsernames} names.");
        RuleForEach(x => x.Usernames).Must(name => name is { Length: > 0 and <= 64 })
            .WithAppError(ValidationRules.InvalidBodyParam, "Invalid or missing usernames in request body.");
    }
}
