namespace Suite.Licensing.Portal.Trials;

/// <summary>Mattermost's <c>TrialLicenseRequest</c>, as a Suite server sends it.</summary>
internal sealed record TrialRequest
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

    /// <summary>What is wrong with the request, or null.</summary>
    public string? Problem() => this switch
    {
        { ServerId.Length: 0 or > 64 } => "server_id must name the installation (1 to 64 characters).",
        _ when !ServerId.All(char.IsAsciiLetterOrDigit) => "server_id must be letters and digits.",
        { TermsAccepted: false } => "The trial's terms must be accepted (terms_accepted).",
        { Users: < 1 or > 1_000_000 } => "users must be the number of seats, from 1 to 1,000,000.",
        { ContactEmail.Length: 0, Email.Length: 0 } => "A contact email (contact_email or email) is required.",
        _ when new[] { Email, Name, SiteUrl, SiteName, ContactName, ContactEmail, CompanyName, CompanyCountry, CompanySize, ServerVersion }.Any(f => f.Length > 256) =>
            "Text fields are limited to 256 characters.",
        _ => null,
    };
}
