using FluentValidation;

namespace Suite.Platform.Identity.Bots.CreateBot;

internal sealed class CreateBotValidator : AbstractValidator<CreateBotRequest>
{
    public CreateBotValidator()
    {
        RuleFor(x => x.Username).ValidBotUsername();
        RuleFor(x => x.DisplayName).ValidDisplayName();
        RuleFor(x => x.Description).ValidDescription();
    }
}
