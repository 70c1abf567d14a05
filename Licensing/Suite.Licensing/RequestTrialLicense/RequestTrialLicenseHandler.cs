using Suite.Licensing.Active;
using Suite.Licensing.Storage;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Licensing.RequestTrialLicense;

internal sealed class RequestTrialLicenseHandler(
    LicenseStore store,
    ISender sender,
    TrialPortalClient portal,
    LicenseInstaller installer,
    ICurrentUser currentUser,
    LicensingOptions options) : IRequestHandler<RequestTrialLicense, Unit>
{
    private static readonly string ServerVersion = typeof(LicensingModule).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public async Task<Unit> Handle(RequestTrialLicense request, CancellationToken cancellationToken)
    {
        if (await store.GetLatestTrialAsync(cancellationToken) is not null)
        {
            throw LicenseErrors.TrialUsed();
        }

        var requester = (await sender.Send(new GetUsersByIdsRequest([currentUser.RequireUserId()]), cancellationToken)).SingleOrDefault();
        var fullName = $"{requester?.FirstName} {requester?.LastName}".Trim();
        var name = fullName.Length > 0 ? fullName : requester?.Username ?? "";
        var email = requester?.Email ?? "";
        var body = request.Body with
        {
            ServerId = await store.GetInstallationIdAsync(cancellationToken),
            Name = name,
            Email = email,
            SiteUrl = options.SiteUrl ?? request.RequestSiteUrl,
            SiteName = options.SiteName,
            ServerVersion = ServerVersion,
            ContactName = request.Body.ContactName.Length > 0 ? request.Body.ContactName : name,
            ContactEmail = request.Body.ContactEmail.Length > 0 ? request.Body.ContactEmail : email,
        };

        var license = await portal.RequestTrialAsync(body, cancellationToken);
        await installer.InstallAsync(license, LicenseSources.Trial, currentUser.UserId, cancellationToken);
        return Unit.Value;
    }
}
