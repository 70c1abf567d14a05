using Suite.Platform.Errors;

namespace Suite.Platform.Licensing;

/// <summary>The one refusal every gated feature gives, whether a request type or a handler checks it.</summary>
public static class FeatureGateExtensions
{
    /// <summary>Throws 403 naming the feature and its edition unless the active license enables <paramref name="featureKey"/>.</summary>
    public static void Require(this IFeatureGate gate, string featureKey)
    {
        ArgumentNullException.ThrowIfNull(gate);
        if (gate.IsEnabled(featureKey))
        {
            return;
        }

        var feature = gate.Find(featureKey);
        var name = feature?.DisplayName ?? featureKey;
        var edition = feature is null ? "a paid edition" : $"the {feature.Edition} edition";
        throw new AppErrorException(
            403,
            "api.license.feature_unavailable.app_error",
            $"{name} requires {edition}. Start a trial or install a license to use it.",
            feature is null ? $"feature={featureKey}" : $"feature={featureKey}; edition={feature.Edition}");
    }
}
