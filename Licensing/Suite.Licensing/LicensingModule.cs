using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Suite.Licensing.Active;
using Suite.Licensing.Contracts;
using Suite.Licensing.Gate;
using Suite.Licensing.Keys;
using Suite.Licensing.Lifecycle;
using Suite.Licensing.RequestTrialLicense;
using Suite.Licensing.Storage;
using Suite.Platform.Licensing;
using Suite.Platform.Modules;
using Suite.Platform.Web;

namespace Suite.Licensing;

/// <summary>Signed license keys, the 30-day trial and the feature gates of paid editions.</summary>
public sealed class LicensingModule : SuiteModule, IModuleUi
{
    public IReadOnlyList<NavEntry> Navigation { get; } = [new("License", "admin/license", NavArea.SystemConsole, 30)];

    public override string Name => LicensingModuleName.Value;

    public override IReadOnlyList<LicensedFeature> Features => LicensedFeatures.All;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = LicensingOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(LicenseKeyring.Create(options));
        services.AddSingleton<LicenseStore>();
        services.AddSingleton<ActiveLicense>();
        services.AddSingleton<LicenseInstaller>();
        services.AddSingleton<TrialPortalClient>();
        services.AddSingleton<LicenseLifecycle>();
        services.AddHostedService(sp => sp.GetRequiredService<LicenseLifecycle>());

        // Replaces the Platform's unlicensed default whether it was registered before or after this call.
        services.RemoveAll<IFeatureGate>();
        services.AddSingleton<IFeatureGate, LicenseFeatureGate>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleInfo(this);
        UploadLicense.UploadLicenseEndpoint.Map(endpoints);
        PreviewLicense.PreviewLicenseEndpoint.Map(endpoints);
        RemoveLicense.RemoveLicenseEndpoint.Map(endpoints);
        GetClientLicense.GetClientLicenseEndpoint.Map(endpoints);
        GetLicensedFeatures.GetLicensedFeaturesEndpoint.Map(endpoints);
        RequestTrialLicense.RequestTrialLicenseEndpoint.Map(endpoints);
        GetPreviousTrialLicense.GetPreviousTrialLicenseEndpoint.Map(endpoints);
        Compliance.ExportUsers.ExportUsersForComplianceEndpoint.Map(endpoints);
    }
}
