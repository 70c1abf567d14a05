using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.GetCategoryOrder;

/// <summary><c>GET /api/v4/users/{user_id}/teams/{team_id}/channels/categories/order</c>: the category ids in sidebar order.</summary>
internal sealed record GetCategoryOrderRequest(string UserId, string TeamId) : IRequest<IReadOnlyList<string>>, ITeamScopedRequest;
