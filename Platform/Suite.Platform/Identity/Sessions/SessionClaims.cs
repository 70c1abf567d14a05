using System.Security.Claims;

namespace Suite.Platform.Identity.Sessions;

/// <summary>A session as the framework's <see cref="ClaimsPrincipal"/>, and back.</summary>
internal static class SessionClaims
{
    public const string AuthenticationType = "suite-session";
    private const string SessionIdClaim = "suite:session_id";
    private const string CsrfClaim = "suite:csrf";
    private const string BotClaim = "suite:bot";

    public static ClaimsPrincipal ToClaimsPrincipal(SessionPrincipal principal) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, principal.UserId),
                new Claim(SessionIdClaim, principal.SessionId),
                new Claim(ClaimTypes.Role, principal.Roles),
                new Claim(CsrfClaim, principal.CsrfToken),
                new Claim(BotClaim, principal.IsBot ? "true" : "false"),
            ],
            AuthenticationType));

    public static SessionPrincipal? FromClaimsPrincipal(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true, AuthenticationType: AuthenticationType })
        {
            return null;
        }

        return new SessionPrincipal(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            user.FindFirstValue(SessionIdClaim) ?? "",
            user.FindFirstValue(ClaimTypes.Role) ?? "",
            user.FindFirstValue(CsrfClaim) ?? "",
            user.FindFirstValue(BotClaim) == "true");
    }
}
