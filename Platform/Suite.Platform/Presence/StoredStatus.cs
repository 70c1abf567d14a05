namespace Suite.Platform.Presence;

/// <summary>A row of <c>platform.statuses</c>.</summary>
internal sealed record StoredStatus(string UserId, string Status, bool Manual, long LastActivityAt, long DndEndTime, string PrevStatus)
{
    public const string Columns = "user_id AS userid, status, manual, last_activity_at AS lastactivityat, dnd_end_time AS dndendtime, prev_status AS prevstatus";

    public UserStatus ToStatus() => new(UserId, Status, Manual, LastActivityAt, DndEndTime);
}
