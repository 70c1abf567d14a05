using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Preferences.GetPreferences;

/// <summary>
/// <c>GET /api/v4/users/{user_id}/preferences[/{category}]</c>: the user's preferences (all, or one category's),
/// for the user and system admins.
/// </summary>
internal sealed record GetPreferencesRequest(string UserId, string Category = "") : IRequest<IReadOnlyList<Preference>>, IUserScopedRequest;
