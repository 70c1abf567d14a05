using Suite.Platform.Mediator;

namespace Suite.Platform.Identity;

/// <summary>
/// The names of a user's preferences in one category whose value is <c>"true"</c> (Mattermost keeps flagged
/// posts this way: category <c>flagged_post</c>, the post's id as name); for the user and system admins.
/// </summary>
/// <param name="UserId">The user.</param>
/// <param name="Category">The category, for example <c>flagged_post</c>.</param>
public sealed record GetPreferenceNamesRequest(string UserId, string Category) : IRequest<IReadOnlyList<string>>, IUserScopedRequest;
