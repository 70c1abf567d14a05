using Microsoft.Extensions.Logging;
using Suite.Platform.Storage;

namespace Suite.Platform.Identity.Sessions;

/// <summary>
/// Listens on <c>suite_session_changes</c>, where the triggers of migration 0006 name every user
/// whose sessions, access tokens, roles or activation changed (in any process, at commit), and
/// drops that user's cached sessions. While it is not listening the cache is off.
/// </summary>
internal sealed class SessionChangeListener(ListenerConnections listeners, SessionCache cache, TimeProvider time, ILogger<SessionChangeListener> logger)
    : PostgresChannelListener(listeners, time, logger, NotifyChannel)
{
    public const string NotifyChannel = "suite_session_changes";

    protected override string WhileAway => "sessions are read from the database";

    protected override void OnNotification(string payload) => cache.InvalidateUser(payload);

    protected override void OnListening(bool listening) => cache.SetListening(listening);
}
