namespace Suite.Platform.Identity;

/// <summary>
/// Resolves users by id or username for modules that show or parse names (mentions, direct and
/// group channel names, system messages). Implemented by the Platform over its user store.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The users with these ids, deactivated ones included; unknown ids are left out.</summary>
    Task<IReadOnlyList<DirectoryUser>> FindByIdsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default);

    /// <summary>The users with these usernames (compared lower-case), deactivated ones included; unknown names are left out.</summary>
    Task<IReadOnlyList<DirectoryUser>> FindByUsernamesAsync(IReadOnlyCollection<string> usernames, CancellationToken cancellationToken = default);

    /// <summary>The users with these email addresses (compared lower-case), deactivated ones included; unknown addresses are left out.</summary>
    Task<IReadOnlyList<DirectoryUser>> FindByEmailsAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default);
}

/// <summary>What the directory tells about a user.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Username">The user's lower-case username.</param>
/// <param name="IsDeleted">True when the account is deactivated.</param>
/// <param name="IsBot">True for bot accounts.</param>
public sealed record DirectoryUser(string Id, string Username, bool IsDeleted, bool IsBot);
