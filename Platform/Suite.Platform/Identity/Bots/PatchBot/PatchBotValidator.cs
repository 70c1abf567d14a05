using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Bots.PatchBot;

internal sealed class PatchBotValidator : AbstractValidator<PatchBotRequest>
{
    public PatchBotValidator()
    {
        RuleFor(x => x.BotUserId).IsIdInUrl("bot_user_id");
        RuleFor(x => x.Username!).ValidBotUsername().When(x => x.Username is not null);
        RuleFor(x => x.DisplayName).ValidDisplayName();
        RuleFor(x => x.Description).ValidDescription();
    }
}
