using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Licensing.Active;
using Suite.Licensing.Contracts;
using Suite.Licensing.Signing;
using Suite.Licensing.Storage;
using Suite.Platform.Errors;

namespace Suite.Licensing.Lifecycle;

/// <summary>
/// Loads the license at start-up (<c>SUITE_LICENSE</c>, else the stored one, else the configured
/// file, which is then stored), runs the expiry check at start-up and every 24 hours, and picks up
/// license changes other Suite processes made in the shared database.
/// </summary>
internal sealed class LicenseLifecycle(
    LicensingOptions options,
    LicenseStore store,
    LicenseVerifier verifier,
    LicenseInstaller installer,
    ActiveLicense active,
    TimeProvider time,
    ILogger<LicenseLifecycle> logger) : BackgroundService, IHostedLifecycleService
{
    public static readonly TimeSpan ExpiryCheckInterval = TimeSpan.FromDays(1);
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Loads the license before any hosted service starts: the cluster silo, which starts before the
    /// modules' services, asks the license whether this node may join.
    /// </summary>
    public Task StartingAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await CheckExpiryAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextCheck = time.GetUtcNow() + ExpiryCheckInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            var untilCheck = nextCheck - time.GetUtcNow();
            var wait = untilCheck < RefreshInterval ? untilCheck : RefreshInterval;
            try
            {
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, stoppingToken);
                await RefreshAsync(stoppingToken);
                if (time.GetUtcNow() >= nextCheck)
                {
                    await CheckExpiryAsync(stoppingToken);
                    nextCheck = time.GetUtcNow() + ExpiryCheckInterval;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The license check failed; it runs again in {Minutes} minute(s)", RefreshInterval.TotalMinutes);
            }
        }
    }

    /// <summary>The expiry check: warn within 60 days and in the grace period, remove the license after it.</summary>
    internal async Task CheckExpiryAsync(CancellationToken cancellationToken)
    {
        var current = active.Current;
        if (current is null)
        {
            return;
        }

        var license = current.License;
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var graceEnds = license.ExpiresAt + (long)License.GracePeriod.TotalMilliseconds;
        if (license.IsPastGracePeriod(now))
        {
            await installer.RemoveAsync(LicenseChangeReason.Expired, license.Id, cancellationToken);
            await WarnAsync(license, "removed", graceEnds,
                $"The license expired on {Date(license.ExpiresAt)} and its grace period has ended: paid features are off. All data stays available. Install a new license to switch them on again.",
                cancellationToken);
        }
        else if (license.IsExpired(now))
        {
            await WarnAsync(license, "grace", graceEnds,
                $"The license expired on {Date(license.ExpiresAt)}. Paid features keep working until {Date(graceEnds)}; renew the license before then.",
                cancellationToken);
        }
        else if (license.IsExpiringSoon(now))
        {
            await WarnAsync(license, "renewal", graceEnds,
                $"The license expires on {Date(license.ExpiresAt)}. Renew it to keep paid features after that.",
                cancellationToken);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (options.EnvironmentLicense is { } fromEnvironment && TryVerify(fromEnvironment, LicensingOptions.LicenseVariable) is { } environment)
        {
            active.Set(InstalledLicense.From(environment, LicenseOrigin.Environment));
            logger.LogInformation("Using license {LicenseId} from {Variable}; it overrides any stored license", environment.License.Id, LicensingOptions.LicenseVariable);
            return;
        }

        if (await store.GetActiveAsync(cancellationToken) is { } stored)
        {
            if (TryVerify(stored.Bytes, $"stored license {stored.Id}") is { } verified)
            {
                active.Set(InstalledLicense.From(verified, LicenseOrigin.Database));
            }

            return;
        }

        if (options.LicenseFilePath is { } path && File.Exists(path))
        {
            try
            {
                await installer.InstallAsync(await File.ReadAllTextAsync(path, cancellationToken), LicenseSources.File, "", cancellationToken);
            }
            catch (AppErrorException ex)
            {
                logger.LogWarning("The license file {Path} was not installed: {Message}", path, ex.Error.Message);
            }
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var current = active.Current;
        if (current?.Origin == LicenseOrigin.Environment)
        {
            return;
        }

        var stored = await store.GetActiveAsync(cancellationToken);
        if (stored?.Id == current?.License.Id)
        {
            return;
        }

        active.Set(stored is not null && TryVerify(stored.Bytes, $"stored license {stored.Id}") is { } verified
            ? InstalledLicense.From(verified, LicenseOrigin.Database)
            : null);
    }

    private VerifiedLicense? TryVerify(string text, string what)
    {
        try
        {
            return verifier.Verify(text);
        }
        catch (LicenseRejectedException ex)
        {
            logger.LogError("The {What} is not used: {Message}", what, ex.Message);
            return null;
        }
    }

    private async Task WarnAsync(License license, string stage, long graceEnds, string message, CancellationToken cancellationToken)
    {
        if (!await store.RecordWarningAsync(license.Id, stage, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken))
        {
            return;
        }

        logger.LogWarning("License {LicenseId}: {Message}", license.Id, message);
        await installer.PublishAsync(new LicenseExpiryWarning(license.Id, license.ExpiresAt, graceEnds, message), cancellationToken);
    }

    private static string Date(long milliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
