namespace Suite.Platform.Presence;

/// <summary>
/// Mattermost's Status JSON: <c>{user_id, status, manual, last_activity_at, dnd_end_time}</c>.
/// <see cref="DndEndTime"/> is in Unix <b>seconds</b> (as Mattermost), 0 when Do Not Disturb has no end.
/// </summary>
/// <param name="UserId">The user.</param>
/// <param name="Status">One of <see cref="UserStatuses"/>.</param>
/// <param name="Manual">True when the user set it; automatic changes (connections, inactivity) leave a manual status alone.</param>
/// <param name="LastActivityAt">The user's last activity, in Unix milliseconds.</param>
/// <param name="DndEndTime">When Do Not Disturb ends, in Unix seconds; 0 for none.</param>
public sealed record UserStatus(string UserId, string Status, bool Manual, long LastActivityAt, long DndEndTime)
{
    /// <summary>The status of a user who has never been seen: offline, automatic.</summary>
    public static UserStatus OfflineFor(string userId) => new(userId, UserStatuses.Offline, false, 0, 0);
}

/// <summary>Mattermost's status names.</summary>
public static class UserStatuses
{
    /// <summary>Connected and active.</summary>
    public const string Online = "online";

    /// <summary>Inactive for the away timeout, or set by the user.</summary>
    public const string Away = "away";

    /// <summary>Do Not Disturb: no push notifications.</summary>
    public const string DoNotDisturb = "dnd";

    /// <summary>No open connection, or set by the user.</summary>
    public const string Offline = "offline";

    /// <summary>The statuses a user may set.</summary>
    public static IReadOnlySet<string> Settable { get; } = new HashSet<string>(StringComparer.Ordinal) { Online, Away, DoNotDisturb, Offline };

    /// <summary>How people read a status: "Online", "Away", "Do not disturb" or "Offline" (anything unknown reads as offline).</summary>
    public static string Describe(string status) => status switch
    {
        Online => "Online",
        Away => "Away",
        DoNotDisturb => "Do not disturb",
        _ => "Offline",
    };
}
