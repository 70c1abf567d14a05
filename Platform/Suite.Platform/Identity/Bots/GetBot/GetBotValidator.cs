using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Bots.GetBot;

internal sealed class GetBotValidator : AbstractValidator<GetBotRequest>
{
    public GetBotValidator() => RuleFor(x => x.BotUserId).IsIdInUrl("bot_user_id");
}
