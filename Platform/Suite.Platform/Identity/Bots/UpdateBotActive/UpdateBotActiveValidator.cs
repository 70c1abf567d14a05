using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Bots.UpdateBotActive;

internal sealed class UpdateBotActiveValidator : AbstractValidator<UpdateBotActiveRequest>
{
    public UpdateBotActiveValidator() => RuleFor(x => x.BotUserId).IsIdInUrl("bot_user_id");
}
