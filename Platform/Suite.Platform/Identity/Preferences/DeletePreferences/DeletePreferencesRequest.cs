using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Preferences.DeletePreferences;

/// <summary><c>POST /api/v4/users/{user_id}/preferences/delete</c>: removes the user's preferences named by category and name.</summary>
internal sealed record DeletePreferencesRequest(string UserId, IReadOnlyList<Preference> Preferences) : IRequest<Unit>, IUserScopedRequest;
