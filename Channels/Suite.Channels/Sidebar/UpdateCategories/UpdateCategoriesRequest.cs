using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.UpdateCategories;

/// <summary>
/// <c>PUT /api/v4/users/{user_id}/teams/{team_id}/channels/categories</c>: each category's name (custom
/// ones), sorting, mute, collapse and channels, all in one transaction. Moving a channel means sending
/// both categories, as Mattermost's clients do.
/// </summary>
internal sealed record UpdateCategoriesRequest(string UserId, string TeamId, IReadOnlyList<SidebarCategoryBody> Categories)
    : IRequest<IReadOnlyList<SidebarCategory>>, ITeamScopedRequest;
