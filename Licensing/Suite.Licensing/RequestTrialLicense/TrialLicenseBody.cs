namespace Suite.Licensing.RequestTrialLicense;

/// <summary>
/// Mattermost's <c>TrialLicenseRequest</c>: what the web app sends to <c>POST /api/v4/trial-license</c>
/// and, completed by the server (server id, requester, site), what the server sends to the portal.
/// </summary>
internal sealed record TrialLicenseBody
{
    public string ServerId { get; init; } = "";

    public string Email { get; init; } = "";

    public string Name { get; init; } = "";

    public string SiteUrl { get; init; } = "";

    public string SiteName { get; init; } = "";

    public int Users { get; init; }

    public bool TermsAccepted { get; init; }

    public bool ReceiveEmailsAccepted { get; init; }

    public string ContactName { get; init; } = "";

    public string ContactEmail { get; init; } = "";

    public string CompanyName { get; init; } = "";

    public string CompanyCountry { get; init; } = "";

    public string CompanySize { get; init; } = "";

    public string ServerVersion { get; init; } = "";

    /// <summary>Mattermost's legacy request: no contact or company fields, only users and the terms.</summary>
    public bool IsLegacy =>
        ContactName.Length == 0 && ContactEmail.Length == 0 && CompanyName.Length == 0 && CompanyCountry.Length == 0 && CompanySize.Length == 0;
}
