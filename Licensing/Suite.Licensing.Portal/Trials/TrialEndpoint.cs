using System.Globalization;
using System.Text.Json;
using Suite.Licensing.Portal.Storage;
using Suite.Licensing.Signing;
using Suite.Platform;

namespace Suite.Licensing.Portal.Trials;

/// <summary>
/// <c>POST /api/v1/trials</c>: a signed Enterprise trial of 30 days and 8 hours (Mattermost's length)
/// for the installation named by <c>server_id</c>, once; a second request answers 409 and is kept as a lead too.
/// </summary>
internal static class TrialEndpoint
{
    private const int MaxBodyBytes = 64 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/v1/trials", async (HttpContext http, PortalStore store, LicenseSigner signer, TimeProvider time, ILoggerFactory logging) =>
        {
            TrialRequest? request;
            try
            {
                if (http.Request.ContentLength > MaxBodyBytes)
                {
                    return PortalResults.Error(413, "The request is too large.");
                }

                request = await JsonSerializer.DeserializeAsync<TrialRequest>(http.Request.Body, PortalResults.Json, http.RequestAborted);
            }
            catch (JsonException ex)
            {
                return PortalResults.Error(400, $"The request is not a trial request: {ex.Message}");
            }

            if (request is null)
            {
                return PortalResults.Error(400, "The request is empty.");
            }

            if (request.Problem() is { } problem)
            {
                return PortalResults.Error(400, problem);
            }

            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            var license = Trial(request, now);
            var candidate = new IssuedTrial(request.ServerId, license.Id, license.IssuedAt, license.ExpiresAt);
            var (issued, trial) = await store.RecordAsync(Lead(request, now), candidate, http.RequestAborted);
            var log = logging.CreateLogger("Portal.Trials");
            if (!issued)
            {
                log.LogInformation("Refused a second trial for installation {ServerId} ({Company})", request.ServerId, request.CompanyName);
                return PortalResults.Error(409,
                    $"This installation already had its trial (issued {Date(trial.IssuedAt)}, license {trial.LicenseId}). Contact sales to extend it or to buy a license.");
            }

            log.LogInformation("Issued trial {LicenseId} to installation {ServerId} ({Company}, {Users} users)", license.Id, request.ServerId, request.CompanyName, request.Users);
            return PortalResults.Ok(new { License = signer.Sign(license) });
        });

    private static License Trial(TrialRequest request, long now) => new()
    {
        Id = Ids.New(),
        IssuedAt = now,
        StartsAt = now,
        ExpiresAt = now + (long)License.TrialDuration.TotalMilliseconds,
        Customer = new LicenseCustomer
        {
            Id = Ids.New(),
            Name = request.ContactName.Length > 0 ? request.ContactName : request.Name,
            Email = request.ContactEmail.Length > 0 ? request.ContactEmail : request.Email,
            Company = request.CompanyName.Length > 0 ? request.CompanyName : request.SiteName,
        },
        Features = Skus.DefaultFeatures(Skus.Enterprise, request.Users),
        SkuName = Skus.DisplayName(Skus.Enterprise),
        SkuShortName = Skus.Enterprise,
        IsTrial = true,
    };

    private static Lead Lead(TrialRequest r, long now) => new(
        Ids.New(), now, r.ServerId, PortalStore.Refused, null, r.Users, r.ContactName, r.ContactEmail, r.Name, r.Email,
        r.CompanyName, r.CompanyCountry, r.CompanySize, r.SiteName, r.SiteUrl, r.ServerVersion, r.ReceiveEmailsAccepted);

    private static string Date(long milliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
