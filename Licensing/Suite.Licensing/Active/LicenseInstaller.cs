using System.Globalization;
using Microsoft.Extensions.Logging;
using Npgsql;
using Suite.Licensing.Contracts;
using Suite.Licensing.Signing;
using Suite.Licensing.Storage;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Licensing.Active;

/// <summary>
/// The one way a license becomes active or stops being active: verifies it, applies Mattermost's
/// rules (not expired, started, enough seats, one trial per installation), stores it and switches
/// the gates.
/// </summary>
internal sealed class LicenseInstaller(
    LicenseVerifier verifier,
    LicenseStore store,
    ActiveLicense active,
    ISender sender,
    IPublisher publisher,
    TimeProvider time,
    ILogger<LicenseInstaller> logger)
{
    /// <summary>Verifies the signature and the document; a 400 saying why otherwise.</summary>
    public VerifiedLicense Verify(string text)
    {
        try
        {
            return verifier.Verify(text);
        }
        catch (LicenseRejectedException ex)
        {
            throw LicenseErrors.Invalid(ex);
        }
    }

    /// <summary>Installs a license as the active one; a <paramref name="source"/> of <c>trial</c> marks the portal's trial.</summary>
    public async Task<InstalledLicense> InstallAsync(string text, string source, string requestedBy, CancellationToken cancellationToken)
    {
        var verified = Verify(text);
        var license = verified.License;
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (license.IsExpired(now))
        {
            throw LicenseErrors.Expired($"It expired on {Date(license.ExpiresAt)}.");
        }

        if (!license.IsStarted(now))
        {
            throw LicenseErrors.Expired($"It starts on {Date(license.StartsAt)}.");
        }

        var activeUsers = await sender.Send(new CountLicensedUsersRequest(), cancellationToken);
        var seats = license.Users + (license.ExtraUsers ?? 0);
        if (activeUsers > seats)
        {
            throw LicenseErrors.TooFewUsers(license.Users, activeUsers);
        }

        TrialRecord? trial = null;
        if (license.IsTrialLicense())
        {
            var previous = await store.GetLatestTrialAsync(cancellationToken);
            if (previous is not null && previous.LicenseId != license.Id && !license.IsSanctionedTrial())
            {
                throw LicenseErrors.TrialUsed();
            }

            var serverId = await store.GetInstallationIdAsync(cancellationToken);
            trial = new TrialRecord(license.Id, serverId, source == LicenseSources.Trial ? "portal" : "upload", requestedBy, now, verified.Text);
        }

        try
        {
            await store.SaveActiveAsync(license.Id, verified.Text, source, now, trial, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw LicenseErrors.TrialUsed();
        }

        var installed = InstalledLicense.From(verified, LicenseOrigin.Database);
        active.Set(installed);
        logger.LogInformation("License {LicenseId} installed ({Sku}, {Users} users, trial {Trial}, expires {ExpiresAt}) from {Source}",
            license.Id, license.SkuShortName, license.Users, license.IsTrial, Date(license.ExpiresAt), source);
        await PublishAsync(new LicenseChanged(LicenseChangeReason.Installed, true, license.SkuShortName, license.IsTrial), cancellationToken);
        return installed;
    }

    /// <summary>Makes the server unlicensed; the stored license stays for the record.</summary>
    public async Task RemoveAsync(LicenseChangeReason reason, string? onlyId, CancellationToken cancellationToken)
    {
        var current = active.Current;
        if (onlyId is not null && current?.License.Id != onlyId)
        {
            return;
        }

        await store.ClearActiveAsync(onlyId, cancellationToken);
        active.Set(null);
        if (current is not null)
        {
            logger.LogWarning("License {LicenseId} removed ({Reason}); paid features are off, all data stays", current.License.Id, reason);
            await PublishAsync(new LicenseChanged(reason, false, "", false), cancellationToken);
        }
    }

    public async Task PublishAsync<T>(T notification, CancellationToken cancellationToken)
        where T : INotification
    {
        try
        {
            await publisher.Publish(notification, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The license change is done; a listener's failure must not undo or hide it.
            logger.LogError(ex, "A handler of {Notification} failed", typeof(T).Name);
        }
    }

    private static string Date(long milliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
