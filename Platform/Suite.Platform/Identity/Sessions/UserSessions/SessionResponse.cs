namespace Suite.Platform.Identity.Sessions.UserSessions;

/// <summary>A session in Mattermost's JSON shape, sanitised: the token is never answered (Suite keeps only its hash anyway).</summary>
internal sealed record SessionResponse
{
    public required string Id { get; init; }
    public string Token { get; init; } = "";
    public long CreateAt { get; init; }
    public long ExpiresAt { get; init; }
    public long LastActivityAt { get; init; }
    public required string UserId { get; init; }
    public string DeviceId { get; init; } = "";
    public string Roles { get; init; } = "";
    public bool IsOauth { get; init; }
    public bool ExpiredNotify { get; init; }
    public IReadOnlyDictionary<string, string> Props { get; init; } = new Dictionary<string, string>();
    public bool Local { get; init; }
    public IReadOnlyList<object> TeamMembers { get; init; } = [];
}
