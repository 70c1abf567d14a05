namespace Suite.Platform.Identity;

/// <summary>
/// Users' preferences (Mattermost's <c>Preference</c>: a value under a category and a name), as users set
/// them through <c>/api/v4/users/{user_id}/preferences</c>; implemented by the Platform.
/// </summary>
public interface IUserPreferences
{
    /// <summary>The value of one preference for each of <paramref name="userIds"/> that has set it, by user id.</summary>
    Task<IReadOnlyDictionary<string, string>> GetValuesAsync(
        IReadOnlyCollection<string> userIds, string category, string name, CancellationToken cancellationToken = default);
}
