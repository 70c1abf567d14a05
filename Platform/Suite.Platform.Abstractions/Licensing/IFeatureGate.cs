using Suite.Platform.Modules;

namespace Suite.Platform.Licensing;

/// <summary>Answers whether a licensed feature is on. The one place gates are decided.</summary>
public interface IFeatureGate
{
    /// <summary>True when the active license enables <paramref name="featureKey"/>.</summary>
    bool IsEnabled(string featureKey);

    /// <summary>The declared feature for a key, or null when no loaded module declares it.</summary>
    LicensedFeature? Find(string featureKey);

    /// <summary>Every feature the loaded modules declare, with whether it is on now.</summary>
    IReadOnlyList<(LicensedFeature Feature, bool Enabled)> Describe();
}
