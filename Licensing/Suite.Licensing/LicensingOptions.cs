using Microsoft.Extensions.Configuration;

namespace Suite.Licensing;

/// <summary>Section <c>Suite:Licensing</c>, plus the <c>SUITE_LICENSE</c> variable and <c>Suite:SiteUrl</c>.</summary>
internal sealed class LicensingOptions
{
    public const string LicenseVariable = "SUITE_LICENSE";

    /// <summary>A PEM public key accepted besides the embedded vendor key (development and tests).</summary>
    public string? ExtraPublicKeyPath { get; init; }

    /// <summary>A license file loaded at start-up when no license is active, and then stored.</summary>
    public string? LicenseFilePath { get; init; }

    /// <summary>A license given in the environment; it overrides the stored one and is not stored.</summary>
    public string? EnvironmentLicense { get; init; }

    /// <summary>The vendor's trial portal, for example <c>http://localhost:8075</c>.</summary>
    public Uri? PortalUrl { get; init; }

    /// <summary>The most a trial request may wait for the portal, retries included.</summary>
    public TimeSpan PortalTimeout { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>The site's public URL sent with a trial request; the request's own address when unset.</summary>
    public string? SiteUrl { get; init; }

    /// <summary>The site's name sent with a trial request.</summary>
    public string SiteName { get; init; } = "Suite";

    public static LicensingOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Suite:Licensing");
        var portal = section["PortalUrl"];
        if (portal is { Length: > 0 } && !Uri.TryCreate(portal.TrimEnd('/') + "/", UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"Suite:Licensing:PortalUrl '{portal}' is not an absolute URL.");
        }

        var timeout = section["PortalTimeoutSeconds"];
        return new LicensingOptions
        {
            ExtraPublicKeyPath = NullIfEmpty(section["ExtraPublicKeyPath"]),
            LicenseFilePath = NullIfEmpty(section["LicenseFilePath"]),
            EnvironmentLicense = NullIfEmpty(configuration[LicenseVariable]),
            PortalUrl = portal is { Length: > 0 } ? new Uri(portal.TrimEnd('/') + "/") : null,
            PortalTimeout = timeout is { Length: > 0 } && double.TryParse(timeout, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
                ? TimeSpan.FromSeconds(seconds)
                : TimeSpan.FromSeconds(4),
            SiteUrl = NullIfEmpty(configuration["Suite:SiteUrl"]),
            SiteName = NullIfEmpty(configuration["Suite:SiteName"]) ?? "Suite",
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
