namespace Suite.Platform.Identity.Sessions;

/// <summary>Section <c>Suite:Sessions</c>.</summary>
internal sealed class SessionLifetimeOptions
{
    /// <summary>How long a login session lasts; Mattermost's default for web sessions is 30 days.</summary>
    public int LengthHours { get; set; } = 720;

    public TimeSpan Length => TimeSpan.FromHours(LengthHours);
}
