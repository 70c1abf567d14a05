namespace Suite.Licensing.Signing;

/// <summary>SKU short names and Mattermost's tier numbers for them.</summary>
public static class Skus
{
    /// <summary>The Professional edition.</summary>
    public const string Professional = "professional";

    /// <summary>The Enterprise edition.</summary>
    public const string Enterprise = "enterprise";

    /// <summary>Tier of Professional.</summary>
    public const int ProfessionalTier = 10;

    /// <summary>Tier of Enterprise.</summary>
    public const int EnterpriseTier = 20;

    /// <summary>Mattermost's tier for a short name: professional 10, enterprise 20, advanced and entry 30, anything else (legacy E10/E20) 0.</summary>
    public static int Tier(string skuShortName) => skuShortName switch
    {
        Professional => ProfessionalTier,
        Enterprise => EnterpriseTier,
        "advanced" or "entry" => 30,
        _ => 0,
    };

    /// <summary>The display name Suite writes for a short name.</summary>
    public static string DisplayName(string skuShortName) => skuShortName switch
    {
        Professional => "Professional",
        Enterprise => "Enterprise",
        _ => skuShortName,
    };

    /// <summary>
    /// The features an edition's license carries when its issuer names none: Enterprise leaves
    /// everything to the defaulting rule (all on except <c>cloud</c>); Professional turns on its own
    /// flags and sets <c>future_features</c> and every other flag to false.
    /// </summary>
    public static LicenseFeatures DefaultFeatures(string skuShortName, int users)
    {
        var features = new LicenseFeatures().WithUsers(users);
        if (skuShortName != Professional)
        {
            return features;
        }

        foreach (var key in FeatureFlags.Known)
        {
            features = features.With(key, FeatureFlags.Professional.Contains(key));
        }

        return features;
    }
}
