using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.GetIncomingWebhooks;

/// <summary>
/// <c>GET /api/v4/hooks/incoming?team_id=&amp;page=&amp;per_page=&amp;include_total_count=</c>: team admins see the
/// team's hooks (system admins every team's), everyone else only their own.
/// </summary>
internal sealed record GetIncomingWebhooksRequest(string TeamId, int Page, int PerPage, bool IncludeTotalCount) : IRequest<object>;

/// <summary>The list with its count, when <c>include_total_count=true</c>.</summary>
internal sealed record IncomingWebhookPage(IReadOnlyList<IncomingWebhook> IncomingWebhooks, long TotalCount);
