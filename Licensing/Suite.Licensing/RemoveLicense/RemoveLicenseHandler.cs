using Suite.Licensing.Active;
using Suite.Licensing.Contracts;
using Suite.Platform.Mediator;

namespace Suite.Licensing.RemoveLicense;

internal sealed class RemoveLicenseHandler(LicenseInstaller installer) : IRequestHandler<RemoveLicense, Unit>
{
    public async Task<Unit> Handle(RemoveLicense request, CancellationToken cancellationToken)
    {
        await installer.RemoveAsync(LicenseChangeReason.Removed, onlyId: null, cancellationToken);
        return Unit.Value;
    }
}
