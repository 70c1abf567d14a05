using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.UpdateCategoryOrder;

/// <summary><c>PUT /api/v4/users/{user_id}/teams/{team_id}/channels/categories/order</c>: every one of the user's category ids in the team, in the new order.</summary>
internal sealed record UpdateCategoryOrderRequest(string UserId, string TeamId, IReadOnlyList<string> Order) : IRequest<IReadOnlyList<string>>, ITeamScopedRequest;
