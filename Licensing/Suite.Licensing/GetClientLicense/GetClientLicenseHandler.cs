using Suite.Licensing.Active;
using Suite.Licensing.ClientLicense;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Licensing.GetClientLicense;

internal sealed class GetClientLicenseHandler(ActiveLicense active, ICurrentUser currentUser, TimeProvider time)
    : IRequestHandler<GetClientLicense, Dictionary<string, string>>
{
    public Task<Dictionary<string, string>> Handle(GetClientLicense request, CancellationToken cancellationToken) =>
        Task.FromResult(ClientLicenseFormat.From(active.Current, time.GetUtcNow().ToUnixTimeMilliseconds(), sanitised: !currentUser.IsSystemAdmin));
}
