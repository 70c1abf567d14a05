namespace Suite.Platform.Presence;

/// <summary>
/// Mattermost's status rules as pure functions: an automatic change (<c>manual: false</c>, from
/// connections and activity) never overrides a status the user set; setting one by hand always wins.
/// </summary>
internal static class StatusTransitions
{
    public static StoredStatus Online(StoredStatus current, bool manual, long nowMs) =>
        current.Manual && !manual
            ? current with { LastActivityAt = nowMs }
            : current with { Status = UserStatuses.Online, Manual = manual, LastActivityAt = nowMs, DndEndTime = 0, PrevStatus = "" };

    /// <summary>Automatic away only follows online: an offline user does not become away by being idle.</summary>
    public static StoredStatus Away(StoredStatus current, bool manual) =>
        (current.Manual && !manual) || (!manual && current.Status != UserStatuses.Online)
            ? current
            : current with { Status = UserStatuses.Away, Manual = manual, DndEndTime = 0, PrevStatus = "" };

    public static StoredStatus Offline(StoredStatus current, bool manual) =>
        current.Manual && !manual
            ? current
            : current with { Status = UserStatuses.Offline, Manual = manual, DndEndTime = 0, PrevStatus = "" };

    /// <summary>Do Not Disturb remembers the status to return to; setting it again keeps the first one.</summary>
    public static StoredStatus DoNotDisturb(StoredStatus current, long endTimeSeconds) => current with
    {
        Status = UserStatuses.DoNotDisturb,
        Manual = true,
        DndEndTime = endTimeSeconds,
        PrevStatus = current.Status == UserStatuses.DoNotDisturb ? current.PrevStatus : current.Status,
    };

    /// <summary>As Mattermost's expiry: the previous status comes back as an automatic one.</summary>
    public static StoredStatus DoNotDisturbEnded(StoredStatus current, long nowSeconds) =>
        current.Status != UserStatuses.DoNotDisturb || current.DndEndTime == 0 || current.DndEndTime > nowSeconds
            ? current
            : current with
            {
                Status = current.PrevStatus.Length == 0 ? UserStatuses.Online : current.PrevStatus,
                Manual = false,
                DndEndTime = 0,
                PrevStatus = "",
            };
}
