using Suite.Platform.Mediator;

namespace Suite.Licensing.RequestTrialLicense;

/// <summary>Asks the vendor's portal for this installation's 30-day trial and installs it (<c>POST /api/v4/trial-license</c>).</summary>
/// <param name="Body">What the admin sent.</param>
/// <param name="RequestSiteUrl">The address the request came to, sent as the site URL when none is configured.</param>
internal sealed record RequestTrialLicense(TrialLicenseBody Body, string RequestSiteUrl) : IRequest, ISystemAdminRequest;
