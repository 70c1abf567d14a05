using FluentValidation;

namespace Suite.Platform.Identity.Users.CreateUser;

internal sealed class CreateUserValidator : AbstractValidator<CreateUserRequest>
{
    public CreateUserValidator(UserOptions options)
    {
        RuleFor(x => x.Username).ValidUsername();
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Password).ValidPassword(() => options.PasswordMinimumLength);
        RuleFor(x => x.Nickname).MaxRunes(UserRules.NameMaxLength, "nickname");
        RuleFor(x => x.FirstName).MaxRunes(UserRules.NameMaxLength, "first_name");
        RuleFor(x => x.LastName).MaxRunes(UserRules.NameMaxLength, "last_name");
        RuleFor(x => x.Position).MaxRunes(UserRules.PositionMaxLength, "position");
        RuleFor(x => x.Locale).MaxRunes(UserRules.LocaleMaxLength, "locale");
    }
}
