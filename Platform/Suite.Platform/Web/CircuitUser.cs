using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Suite.Platform.Identity;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Presence;
using Suite.Platform.Realtime;

namespace Suite.Platform.Web;

/// <summary>
/// The circuit's user, read once from the session the connection was opened with, and applied as
/// the current user around every inbound activity (events, JavaScript calls, renders) so that the
/// mediator's authorization sees the same user as it does for the API. A circuit outlives the
/// request that opened it, so the session is checked again before actions (at most once per
/// <see cref="ActionCheckInterval"/>) and on the WebSocket sweep's interval; once it has ended, the
/// circuit acts as nobody and <see cref="SessionEnded"/> fires. An open circuit counts for presence
/// like a WebSocket connection, and its inbound activity like the user's activity.
/// </summary>
internal sealed class CircuitUser(
    AuthenticationStateProvider authentication,
    CurrentUser currentUser,
    ISessionStore sessions,
    RealtimeOptions options,
    ConnectionPresence presence,
    TimeProvider time) : CircuitHandler, ICircuitUser, IDisposable
{
    private static readonly TimeSpan ActionCheckInterval = TimeSpan.FromSeconds(1);
    private SessionPrincipal? _principal;
    private bool _loaded;
    private long _checkedAt;
    private ITimer? _timer;
    private readonly Lock _presenceLock = new();
    private string _presenceUserId = "";

    public event Action? SessionEnded;

    public bool IsSignedIn => _principal is not null;

    public string UserId => _principal?.UserId ?? "";

    public bool IsSystemAdmin => _principal?.IsSystemAdmin ?? false;

    public bool IsConnected { get; private set; }

    public IDisposable ActAsUser() => new Scope(currentUser.Use(_principal));

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        await LoadAsync();
        IsConnected = true;
        JoinPresence();
        _timer ??= time.CreateTimer(_ => _ = CheckSessionAsync(), null, options.SessionCheckInterval, options.SessionCheckInterval);
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        IsConnected = false;
        LeavePresence();
        return Task.CompletedTask;
    }

    // A closed tab or a dropped network leaves the circuit waiting minutes for a reconnect that mostly never
    // comes; presence follows the connection, as it does for a WebSocket, and a resumed circuit counts again.
    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        IsConnected = false;
        LeavePresence();
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        IsConnected = true;
        JoinPresence();
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (!_loaded)
            {
                await LoadAsync();
            }
            else if (time.GetElapsedTime(_checkedAt) >= ActionCheckInterval)
            {
                await CheckSessionAsync();
            }

            if (_presenceUserId.Length > 0)
            {
                presence.Active(_presenceUserId);
            }

            using (currentUser.Use(_principal))
            {
                await next(context);
            }
        };

    public void Dispose() => _timer?.Dispose();

    private async Task LoadAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        _principal = SessionClaims.FromClaimsPrincipal(state.User);
        _checkedAt = time.GetTimestamp();
        _loaded = true;
    }

    private async Task CheckSessionAsync()
    {
        if (_principal is not { } principal)
        {
            return;
        }

        _checkedAt = time.GetTimestamp();
        IReadOnlySet<string> live;
        try
        {
            live = await sessions.FindLiveAsync([principal.SessionId], CancellationToken.None);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException)
        {
            // The database is unreachable: keep the session until a check can answer.
            return;
        }

        if (!live.Contains(principal.SessionId) && _principal is not null)
        {
            _principal = null;
            LeavePresence();
            SessionEnded?.Invoke();
        }
    }

    private void JoinPresence()
    {
        lock (_presenceLock)
        {
            if (_presenceUserId.Length == 0 && _principal is { } principal)
            {
                _presenceUserId = principal.UserId;
                presence.Connected(_presenceUserId);
            }
        }
    }

    private void LeavePresence()
    {
        lock (_presenceLock)
        {
            if (_presenceUserId.Length > 0)
            {
                presence.Disconnected(_presenceUserId);
                _presenceUserId = "";
            }
        }
    }

    private sealed class Scope(CurrentUser.Scope inner) : IDisposable
    {
        public void Dispose() => inner.Dispose();
    }
}
