using Suite.Licensing.Active;
using Suite.Licensing.Signing;
using Suite.Licensing.Storage;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Licensing.UploadLicense;

internal sealed class UploadLicenseHandler(LicenseInstaller installer, ICurrentUser currentUser) : IRequestHandler<UploadLicense, License>
{
    public async Task<License> Handle(UploadLicense request, CancellationToken cancellationToken)
    {
        var text = request switch
        {
            { FileCount: > 1 } => throw LicenseErrors.TooManyFiles(),
            { LicenseText: { Length: > 0 } t } => t,
            _ => throw LicenseErrors.NoFile(),
        };
        var installed = await installer.InstallAsync(text, LicenseSources.Upload, currentUser.UserId, cancellationToken);
        return installed.License with { Features = installed.Features };
    }
}
