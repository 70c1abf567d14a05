using Suite.Licensing.Active;
using Suite.Licensing.Signing;
using Suite.Platform.Mediator;

namespace Suite.Licensing.PreviewLicense;

internal sealed class PreviewLicenseHandler(LicenseInstaller installer) : IRequestHandler<PreviewLicense, License>
{
    public Task<License> Handle(PreviewLicense request, CancellationToken cancellationToken)
    {
        var text = request switch
        {
            { FileCount: > 1 } => throw LicenseErrors.TooManyFiles(),
            { LicenseText: { Length: > 0 } t } => t,
            _ => throw LicenseErrors.NoFile(),
        };
        var license = installer.Verify(text).License;
        return Task.FromResult(license with { Features = license.Features.WithDefaults() });
    }
}
