using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Suite.Platform.Identity;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Presence;

namespace Suite.Platform.Web;

/// <summary>
/// The circuit's user, read once from the session the connection was opened with, and applied as
/// the current user around every inbound activity (events, JavaScript calls, renders) so that the
/// mediator's authorization sees the same user as it does for the API. An open circuit counts for
/// presence like a WebSocket connection, and its inbound activity like the user's activity.
/// </summary>
internal sealed class CircuitUser(AuthenticationStateProvider authentication, CurrentUser currentUser, ConnectionPresence presence) : CircuitHandler, ICircuitUser
{
    private SessionPrincipal? _principal;
    private bool _loaded;
    private string _presenceUserId = "";

    public bool IsSignedIn => _principal is not null;

    public string UserId => _principal?.UserId ?? "";

    public bool IsSystemAdmin => _principal?.IsSystemAdmin ?? false;

    public IDisposable ActAsUser() => new Scope(currentUser.Use(_principal));

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        await LoadAsync();
        if (_principal is { } principal)
        {
            _presenceUserId = principal.UserId;
            presence.Connected(_presenceUserId);
        }
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_presenceUserId.Length > 0)
        {
            presence.Disconnected(_presenceUserId);
            _presenceUserId = "";
        }

        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (!_loaded)
            {
                await LoadAsync();
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

    private async Task LoadAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        _principal = SessionClaims.FromClaimsPrincipal(state.User);
        _loaded = true;
    }

    private sealed class Scope(CurrentUser.Scope inner) : IDisposable
    {
        public void Dispose() => inner.Dispose();
    }
}
