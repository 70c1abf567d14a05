using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.UpdateCategory;

/// <summary><c>PUT /api/v4/users/{user_id}/teams/{team_id}/channels/categories/{category_id}</c>: one category, as in the list update.</summary>
internal sealed record UpdateCategoryRequest(string UserId, string TeamId, string CategoryId, SidebarCategoryBody Category) : IRequest<SidebarCategory>, ITeamScopedRequest;
