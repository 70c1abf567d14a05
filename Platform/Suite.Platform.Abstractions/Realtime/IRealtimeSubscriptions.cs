using System.Text.Json;

namespace Suite.Platform.Realtime;

/// <summary>
/// Lets in-process listeners (the web app's open connections) receive the realtime events a user's
/// WebSocket would receive, from this process and from the cluster bus, without opening a socket.
/// </summary>
public interface IRealtimeSubscriptions
{
    /// <summary>
    /// Calls <paramref name="onEvent"/> for every event addressed to <paramref name="userId"/> until
    /// the returned subscription is disposed. The callback runs on the publisher's thread: keep it
    /// short and hand the work off.
    /// </summary>
    IDisposable Subscribe(string userId, Action<UserEvent> onEvent);
}

/// <summary>One event as a user's WebSocket would see it.</summary>
/// <param name="Event">The event name, for example <c>posted</c>.</param>
/// <param name="Data">The <c>data</c> object, with this user's own fields merged in.</param>
/// <param name="ChannelId">The <c>broadcast.channel_id</c>, or empty.</param>
/// <param name="TeamId">The <c>broadcast.team_id</c>, or empty.</param>
public sealed record UserEvent(string Event, JsonElement Data, string ChannelId, string TeamId);
