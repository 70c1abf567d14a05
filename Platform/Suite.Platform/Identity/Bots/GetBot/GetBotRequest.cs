using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.GetBot;

/// <summary>One bot, for whoever may manage it; a disabled bot only with <paramref name="IncludeDeleted"/>.</summary>
internal sealed record GetBotRequest(string BotUserId, bool IncludeDeleted) : IRequest<BotResponse>;
