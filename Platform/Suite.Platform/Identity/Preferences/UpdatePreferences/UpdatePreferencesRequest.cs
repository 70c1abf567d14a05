using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Preferences.UpdatePreferences;

/// <summary><c>PUT /api/v4/users/{user_id}/preferences</c>: saves the user's preferences (each must name that user).</summary>
internal sealed record UpdatePreferencesRequest(string UserId, IReadOnlyList<Preference> Preferences) : IRequest<Unit>, IUserScopedRequest;
