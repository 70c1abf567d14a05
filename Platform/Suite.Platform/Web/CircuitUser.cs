using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Suite.Platform.Identity;
using Suite.Platform.Identity.Sessions;

namespace Suite.Platform.Web;

/// <summary>
/// The circuit's user, read once from the session the connection was opened with, and applied as
/// the current user around every inbound activity (events, JavaScript calls, renders) so that the
/// mediator's authorization sees the same user as it does for the API.
/// </summary>
internal sealed class CircuitUser(AuthenticationStateProvider authentication, CurrentUser currentUser) : CircuitHandler, ICircuitUser
{
    private SessionPrincipal? _principal;
    private bool _loaded;

    public bool IsSignedIn => _principal is not null;

    public string UserId => _principal?.UserId ?? "";

    public bool IsSystemAdmin => _principal?.IsSystemAdmin ?? false;

    public IDisposable ActAsUser() => new Scope(currentUser.Use(_principal));

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken) => await LoadAsync();

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (!_loaded)
            {
                await LoadAsync();
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
