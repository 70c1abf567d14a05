using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.GetBots;

/// <summary>A page of bots: every bot for system admins, one's own bots for users allowed to have bots.</summary>
internal sealed record GetBotsRequest(Paging Paging, bool IncludeDeleted, bool OnlyOrphaned) : IRequest<IReadOnlyList<BotResponse>>;
