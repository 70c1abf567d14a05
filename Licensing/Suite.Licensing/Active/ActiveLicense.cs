using Suite.Licensing.Signing;

namespace Suite.Licensing.Active;

/// <summary>Where the active license was loaded from.</summary>
internal enum LicenseOrigin
{
    /// <summary>The database (uploaded, trial, or a license file saved at start-up).</summary>
    Database,

    /// <summary>The <c>SUITE_LICENSE</c> variable: overrides the database, never stored.</summary>
    Environment,
}

/// <summary>A verified license in use, with its features resolved by the defaulting rule.</summary>
internal sealed record InstalledLicense(License License, LicenseFeatures Features, string Text, LicenseOrigin Origin)
{
    public static InstalledLicense From(VerifiedLicense verified, LicenseOrigin origin) =>
        new(verified.License, verified.License.Features.WithDefaults(), verified.Text, origin);

    /// <summary>True while gated features work: started, and not past the grace period.</summary>
    public bool IsInForce(long nowMs) => License.IsStarted(nowMs) && !License.IsPastGracePeriod(nowMs);
}

/// <summary>The license this process answers from. Read on every gated request, so it is a plain volatile field.</summary>
internal sealed class ActiveLicense
{
    private volatile InstalledLicense? _current;

    public InstalledLicense? Current => _current;

    public void Set(InstalledLicense? license) => _current = license;
}
