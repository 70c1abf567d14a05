using Suite.Platform.Mediator;

namespace Suite.Licensing.Contracts;

/// <summary>The module's name, for modules that declare a dependency on it.</summary>
public static class LicensingModuleName
{
    /// <summary>The name Licensing registers under.</summary>
    public const string Value = "Licensing";
}

/// <summary>Why the active license changed.</summary>
public enum LicenseChangeReason
{
    /// <summary>A license was uploaded, loaded at start-up or obtained as a trial.</summary>
    Installed,

    /// <summary>An administrator removed the license.</summary>
    Removed,

    /// <summary>The grace period after expiry ended and the license was removed.</summary>
    Expired,
}

/// <summary>Published when the active license changes: gates may have switched on or off.</summary>
/// <param name="Reason">What happened.</param>
/// <param name="IsLicensed">True when a license is active now.</param>
/// <param name="SkuShortName">The active license's SKU, empty when unlicensed.</param>
/// <param name="IsTrial">True when the active license is a trial.</param>
public sealed record LicenseChanged(LicenseChangeReason Reason, bool IsLicensed, string SkuShortName, bool IsTrial) : INotification;

/// <summary>
/// Published by the daily expiry check when the license expires within 60 days or is in its grace
/// period, once per license and stage. Channels posts it to system administrators.
/// </summary>
/// <param name="LicenseId">The license.</param>
/// <param name="ExpiresAt">Its expiry, ms since the epoch.</param>
/// <param name="GraceEndsAt">When gated features stop, ms since the epoch.</param>
/// <param name="Message">A sentence for administrators.</param>
public sealed record LicenseExpiryWarning(string LicenseId, long ExpiresAt, long GraceEndsAt, string Message) : INotification;
