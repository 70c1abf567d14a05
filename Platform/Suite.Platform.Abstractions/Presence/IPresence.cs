namespace Suite.Platform.Presence;

/// <summary>
/// Users' statuses (online, away, dnd, offline), kept by the Platform from WebSocket connections and
/// activity and from what users set. Every change is announced with a <c>status_change</c> event.
/// </summary>
public interface IPresence
{
    /// <summary>The statuses of these users (offline for users never seen); unknown user ids are left out.</summary>
    Task<IReadOnlyList<UserStatus>> GetStatusesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the user's status as the user does (a manual status, which automatic changes leave alone;
    /// <c>online</c> set by hand stays until changed). For <c>dnd</c>, <paramref name="dndEndTimeSeconds"/>
    /// (Unix seconds, 0 for no end) is when the previous status comes back.
    /// </summary>
    /// <exception cref="Errors.AppErrorException">An unknown status or user, or an end time in the past.</exception>
    Task<UserStatus> SetStatusAsync(string userId, string status, long dndEndTimeSeconds = 0, CancellationToken cancellationToken = default);
}

/// <summary>
/// Who else may see a user's status, besides the members of the user's teams (which the Platform
/// knows): for example the members of the user's direct and group channels. Modules register any
/// number of these; the <c>status_change</c> event reaches every user they name.
/// </summary>
public interface IStatusAudience
{
    /// <summary>The ids of users who share something with <paramref name="userId"/> that makes its status visible to them.</summary>
    ValueTask<IReadOnlyCollection<string>> GetWatcherIdsAsync(string userId, CancellationToken cancellationToken);
}
