using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Bots.AssignBot;

internal sealed class AssignBotValidator : AbstractValidator<AssignBotRequest>
{
    public AssignBotValidator()
    {
        RuleFor(x => x.BotUserId).IsIdInUrl("bot_user_id");
        RuleFor(x => x.OwnerId).IsIdInUrl("user_id");
    }
}
