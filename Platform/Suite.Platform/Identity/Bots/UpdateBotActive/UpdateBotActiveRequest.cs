using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.UpdateBotActive;

/// <summary>Disables or re-enables a bot and its user account; a disabled bot's access tokens stop working.</summary>
internal sealed record UpdateBotActiveRequest(string BotUserId, bool Active) : IRequest<BotResponse>;
