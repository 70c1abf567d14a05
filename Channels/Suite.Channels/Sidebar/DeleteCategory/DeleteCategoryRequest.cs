using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.DeleteCategory;

/// <summary><c>DELETE /api/v4/users/{user_id}/teams/{team_id}/channels/categories/{category_id}</c>: a custom category; its channels go back to the default categories.</summary>
internal sealed record DeleteCategoryRequest(string UserId, string TeamId, string CategoryId) : IRequest<Unit>, ITeamScopedRequest;
