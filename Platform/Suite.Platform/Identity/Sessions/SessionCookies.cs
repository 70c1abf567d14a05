namespace Suite.Platform.Identity.Sessions;

/// <summary>Mattermost's cookie and header names.</summary>
internal static class SessionCookies
{
    public const string Token = "MMAUTHTOKEN";
    public const string UserId = "MMUSERID";
    public const string Csrf = "MMCSRF";
    public const string CsrfHeader = "X-CSRF-Token";
    public const string RequestedWith = "X-Requested-With";
    public const string XmlHttpRequest = "XMLHttpRequest";
    public const string TokenHeader = "Token";
}
