using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Users.PatchUser;

internal sealed class PatchUserValidator : AbstractValidator<PatchUserRequest>
{
    public PatchUserValidator()
    {
        RuleFor(x => x.UserId).IsIdInUrl("user_id");
        RuleFor(x => x.Username!).ValidUsername().When(x => x.Username is not null);
        RuleFor(x => x.Email!).ValidEmail().When(x => x.Email is not null);
        RuleFor(x => x.Nickname).MaxRunes(UserRules.NameMaxLength, "nickname");
        RuleFor(x => x.FirstName).MaxRunes(UserRules.NameMaxLength, "first_name");
        RuleFor(x => x.LastName).MaxRunes(UserRules.NameMaxLength, "last_name");
        RuleFor(x => x.Position).MaxRunes(UserRules.PositionMaxLength, "position");
        RuleFor(x => x.Locale).MaxRunes(UserRules.LocaleMaxLength, "locale");
        RuleFor(x => x.Props).BoundedMap("props");
        RuleFor(x => x.NotifyProps).BoundedMap("notify_props").KnownNotifyProps();
        RuleFor(x => x.Timezone).BoundedMap("timezone");
    }
}
