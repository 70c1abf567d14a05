using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.GetOutgoingWebhooks;

/// <summary>
/// <c>GET /api/v4/hooks/outgoing?team_id=&amp;channel_id=&amp;page=&amp;per_page=</c>: team admins see the team's
/// hooks (system admins every team's), everyone else only their own.
/// </summary>
internal sealed record GetOutgoingWebhooksRequest(string TeamId, string ChannelId, int Page, int PerPage) : IRequest<IReadOnlyList<OutgoingWebhook>>;
