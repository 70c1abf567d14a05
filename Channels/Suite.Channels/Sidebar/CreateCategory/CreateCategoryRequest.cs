using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.CreateCategory;

/// <summary>
/// <c>POST /api/v4/users/{user_id}/teams/{team_id}/channels/categories</c>: a custom category,
/// placed after Favorites, taking its channels out of the user's other categories in the team.
/// </summary>
internal sealed record CreateCategoryRequest(string UserId, string TeamId, SidebarCategoryBody Category) : IRequest<SidebarCategory>, ITeamScopedRequest;
