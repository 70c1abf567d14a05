using Suite.Platform.Mediator;

namespace Suite.Licensing.GetLicensedFeatures;

/// <summary>Which paid features are on (<c>GET /api/v4/license/features</c>), for the UI; anyone may ask.</summary>
internal sealed record GetLicensedFeatures : IRequest<LicensedFeaturesView>, IAnonymousRequest;

/// <summary>The gates as the UI sees them.</summary>
/// <param name="IsLicensed">True while a license is in force (started, not past its grace period).</param>
/// <param name="SkuShortName">The license's SKU, empty when unlicensed.</param>
/// <param name="IsTrial">True for a trial license.</param>
/// <param name="Features">Every feature the loaded modules declare.</param>
internal sealed record LicensedFeaturesView(bool IsLicensed, string SkuShortName, bool IsTrial, IReadOnlyList<LicensedFeatureView> Features);

/// <summary>One gate.</summary>
/// <param name="Key">The feature key.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Edition">The lowest edition that includes it: <c>professional</c> or <c>enterprise</c>.</param>
/// <param name="Enabled">True when the license switches it on now.</param>
public sealed record LicensedFeatureView(string Key, string Name, string Edition, bool Enabled);
