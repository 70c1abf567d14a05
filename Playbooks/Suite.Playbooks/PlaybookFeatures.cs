using Suite.Platform.Errors;
using Suite.Platform.Licensing;
using Suite.Platform.Modules;

namespace Suite.Playbooks;

/// <summary>
/// What the paid editions add to Playbooks. Incident response itself stays free: runs, checklists,
/// status updates, the timeline and retrospectives need no license.
/// </summary>
internal static class PlaybookFeatures
{
    public static readonly LicensedFeature PrivatePlaybooks = new("playbooks_private", Edition.Professional, "Private playbooks");
    public static readonly LicensedFeature AdminOnlyEdit = new("playbooks_admin_only_edit", Edition.Professional, "Admin-only playbook editing");

    public static IReadOnlyList<LicensedFeature> All { get; } = [PrivatePlaybooks, AdminOnlyEdit];

    /// <summary>Throws 403 naming the edition when the license does not enable <paramref name="feature"/>.</summary>
    public static void Require(this IFeatureGate gate, LicensedFeature feature)
    {
        if (!gate.IsEnabled(feature.Key))
        {
            throw new AppErrorException(403, "api.license.feature_unavailable.app_error",
                $"{feature.DisplayName} requires {feature.Edition}. Start a trial or install a license to use it.");
        }
    }

    /// <summary>The gates a playbook's settings need: private, and admin-only editing.</summary>
    public static void RequireFor(this IFeatureGate gate, Playbooks.Playbook playbook)
    {
        if (!playbook.Public)
        {
            gate.Require(PrivatePlaybooks);
        }

        if (playbook.AdminOnlyEdit)
        {
            gate.Require(AdminOnlyEdit);
        }
    }
}
