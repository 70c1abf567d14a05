using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.PatchBot;

/// <summary>Changes the fields given (null leaves a field as it is) of a bot its caller may manage.</summary>
internal sealed record PatchBotRequest(string BotUserId, string? Username, string? DisplayName, string? Description) : IRequest<BotResponse>;
