namespace Suite.Platform.Realtime;

/// <summary>
/// An event for WebSocket clients: Mattermost's <c>{event, data, broadcast, seq}</c> envelope
/// without the <c>seq</c>, which each connection assigns.
/// </summary>
/// <param name="Event">The event name, for example <c>posted</c>.</param>
/// <param name="Data">
/// The <c>data</c> object: a dictionary (keys written as given) or an object (properties written
/// in snake_case); null sends <c>{}</c>. Values Mattermost sends as JSON-encoded strings
/// (<c>post</c>, <c>reaction</c>, <c>channel</c>...) must already be strings here.
/// </param>
/// <param name="Broadcast">Who receives it.</param>
public sealed record RealtimeEvent(string Event, object? Data, Broadcast Broadcast)
{
    /// <summary>
    /// Fields that replace or extend <see cref="Data"/> for particular recipients, by user id (for
    /// example <c>mentions</c> in <c>posted</c>, which each recipient sees for itself only). The
    /// event is serialized once for everyone else and once per listed user.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>>? PerUserData { get; init; }
}
