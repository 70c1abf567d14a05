using Microsoft.Extensions.Logging;
using Suite.Licensing.Active;
using Suite.Licensing.ClientLicense;
using Suite.Licensing.Signing;
using Suite.Licensing.Storage;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Licensing.GetPreviousTrialLicense;

internal sealed class GetPreviousTrialLicenseHandler(
    LicenseStore store,
    LicenseVerifier verifier,
    ICurrentUser currentUser,
    ILogger<GetPreviousTrialLicenseHandler> logger) : IRequestHandler<GetPreviousTrialLicense, Dictionary<string, string>>
{
    public async Task<Dictionary<string, string>> Handle(GetPreviousTrialLicense request, CancellationToken cancellationToken)
    {
        var trial = await store.GetLatestTrialAsync(cancellationToken);
        if (trial is null)
        {
            return ClientLicenseFormat.Unlicensed();
        }

        VerifiedLicense verified;
        try
        {
            verified = verifier.Verify(trial.Bytes);
        }
        catch (LicenseRejectedException ex)
        {
            logger.LogWarning("The stored trial license {LicenseId} no longer verifies: {Reason}", trial.LicenseId, ex.Message);
            return ClientLicenseFormat.Unlicensed();
        }

        // The record of a trial, not its state now: shown as issued even when it has long expired.
        var installed = InstalledLicense.From(verified, LicenseOrigin.Database);
        return ClientLicenseFormat.From(installed, installed.License.StartsAt, sanitised: !currentUser.IsSystemAdmin);
    }
}
