namespace Suite.Platform.Presence;

/// <summary>Presence settings, section <c>Suite:Presence</c>.</summary>
internal sealed class PresenceOptions
{
    /// <summary>Inactivity after which an automatically online user becomes away (Mattermost's <c>UserStatusAwayTimeout</c>, 5 minutes).</summary>
    public TimeSpan AwayTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often inactivity, ended Do Not Disturb and dead processes are checked.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a process may go without a heartbeat (one per sweep) before its connections stop counting.</summary>
    public TimeSpan ProcessTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>The most often a connected user's activity is written to the database.</summary>
    public TimeSpan ActivityWriteInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Who receives <c>status_change</c>: <see cref="StatusChangeAudience.Watchers"/> (the user, their
    /// teammates and direct/group channel partners) or <see cref="StatusChangeAudience.User"/> (the
    /// user's own connections only, as Mattermost, whose other clients poll <c>/users/status/ids</c>).
    /// Watchers cost one event per watcher for every connect and disconnect in a large team.
    /// </summary>
    public StatusChangeAudience StatusChangeAudience { get; set; } = StatusChangeAudience.Watchers;

    /// <summary>
    /// Above this many teammates a user's <c>status_change</c> goes to the user and their direct and
    /// group channel partners only: in a large team every connect would otherwise cost one event per
    /// member (a reconnect storm of n users, n squared). Their teammates read statuses as Mattermost's
    /// clients do, through <c>/users/status/ids</c>.
    /// </summary>
    public int TeammateAudienceLimit { get; set; } = 500;

    public void Validate()
    {
        if (AwayTimeout <= TimeSpan.Zero || SweepInterval <= TimeSpan.Zero || ActivityWriteInterval < TimeSpan.Zero)
        {
            throw new InvalidOperationException("Suite:Presence: AwayTimeout and SweepInterval must be positive, ActivityWriteInterval not negative.");
        }

        if (TeammateAudienceLimit < 0)
        {
            throw new InvalidOperationException("Suite:Presence:TeammateAudienceLimit must not be negative.");
        }

        if (ProcessTimeout <= SweepInterval * 2)
        {
            throw new InvalidOperationException("Suite:Presence:ProcessTimeout must be more than twice SweepInterval, or live processes would be taken for dead.");
        }
    }
}

/// <summary>Who receives <c>status_change</c> events.</summary>
internal enum StatusChangeAudience
{
    Watchers,
    User,
}
