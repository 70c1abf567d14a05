using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.GetCategory;

/// <summary><c>GET /api/v4/users/{user_id}/teams/{team_id}/channels/categories/{category_id}</c>.</summary>
internal sealed record GetCategoryRequest(string UserId, string TeamId, string CategoryId) : IRequest<SidebarCategory>, ITeamScopedRequest;
