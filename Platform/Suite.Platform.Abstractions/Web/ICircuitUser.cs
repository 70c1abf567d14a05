namespace Suite.Platform.Web;

/// <summary>
/// The signed-in user of one browser connection (a Blazor circuit), captured when the connection
/// opened from the same session cookie the API reads. Mediator requests sent from component events
/// already act as this user; work that starts elsewhere (a realtime event, a timer) wraps its sends
/// in <see cref="ActAsUser"/>.
/// </summary>
public interface ICircuitUser
{
    /// <summary>True when the connection carries a valid session.</summary>
    bool IsSignedIn { get; }

    /// <summary>The user's id; empty when nobody is signed in.</summary>
    string UserId { get; }

    /// <summary>True when the user holds the <c>system_admin</c> role.</summary>
    bool IsSystemAdmin { get; }

    /// <summary>
    /// True while the browser is connected to the circuit. A page that was closed or left keeps its circuit
    /// for a while in case the browser comes back; meanwhile nobody sees it, so it must not act as if read.
    /// </summary>
    bool IsConnected { get; }

    /// <summary>Raised (on no particular thread) when the session ends while the connection is open: logged out, revoked, expired or the user deactivated.</summary>
    event Action? SessionEnded;

    /// <summary>Makes mediator requests act as this user until the returned scope is disposed.</summary>
    IDisposable ActAsUser();
}
