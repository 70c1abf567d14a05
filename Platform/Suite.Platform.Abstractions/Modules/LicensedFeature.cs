namespace Suite.Platform.Modules;

/// <summary>The editions of Suite, in increasing order of what they unlock.</summary>
public enum Edition
{
    /// <summary>Everything not gated; no license needed.</summary>
    Free = 0,

    /// <summary>Paid edition for teams.</summary>
    Professional = 1,

    /// <summary>Paid edition for organisations: compliance, scale, high availability.</summary>
    Enterprise = 2,
}

/// <summary>A feature that only a license switches on.</summary>
/// <param name="Key">Stable key, matching the license's feature flag (for example <c>cluster</c>).</param>
/// <param name="Edition">The lowest edition that includes it.</param>
/// <param name="DisplayName">Human-readable name used in errors and the UI.</param>
public sealed record LicensedFeature(string Key, Edition Edition, string DisplayName);
