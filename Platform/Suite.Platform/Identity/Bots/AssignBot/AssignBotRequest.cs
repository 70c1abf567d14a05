using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.AssignBot;

/// <summary>Makes an active (non-bot) user the owner of a bot the caller may manage.</summary>
internal sealed record AssignBotRequest(string BotUserId, string OwnerId) : IRequest<BotResponse>;
