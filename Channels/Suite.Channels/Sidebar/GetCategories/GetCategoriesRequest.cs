using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.GetCategories;

/// <summary><c>GET /api/v4/users/{user_id}/teams/{team_id}/channels/categories</c>: the user's categories in the team, in order, made on first read.</summary>
internal sealed record GetCategoriesRequest(string UserId, string TeamId) : IRequest<OrderedSidebarCategories>, ITeamScopedRequest;
