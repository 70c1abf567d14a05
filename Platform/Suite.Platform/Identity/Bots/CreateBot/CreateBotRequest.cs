using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.CreateBot;

/// <summary>Creates a bot and its user account, owned by the caller (system admins, or users when <see cref="BotOptions.UsersMayCreateBots"/>).</summary>
internal sealed record CreateBotRequest(string Username, string DisplayName, string Description) : IRequest<BotResponse>;
