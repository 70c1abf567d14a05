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

    public static readonly LicensedFeature Insights = new("playbooks_insights", Edition.Enterprise, "Playbook insights: run counts and time to acknowledge and resolve");
    public static readonly LicensedFeature MetricTargets = new("playbooks_metric_targets", Edition.Enterprise, "Playbook metrics with targets");
    public static readonly LicensedFeature RunComplianceExport = new("playbooks_compliance_export", Edition.Enterprise, "Compliance export of runs");

    /// <summary>Run attributes: property fields a playbook defines and its runs fill in.</summary>
    public static readonly LicensedFeature Attributes = new(AttributesKey, Edition.Professional, "Run attributes");

    public const string AttributesKey = "playbooks_attributes";

    /// <summary>Conditional playbooks: tasks a playbook shows in a run only while its attributes hold given values.</summary>
    public static readonly LicensedFeature Conditions = new(ConditionsKey, Edition.Enterprise, "Conditional playbooks");

    public const string ConditionsKey = "playbooks_conditions";

    public static IReadOnlyList<LicensedFeature> All { get; } = [PrivatePlaybooks, AdminOnlyEdit, Insights, MetricTargets, RunComplianceExport, Attributes, Conditions];

    /// <summary>
    /// The gates a playbook's settings need: being private, admin-only editing and metric targets. Only settings the
    /// playbook did not have before (<paramref name="before"/>) need the license, so a playbook kept as
    /// it was stays editable after the license expires.
    /// </summary>
    public static void RequireFor(this IFeatureGate gate, Playbooks.Playbook playbook, Playbooks.Playbook? before = null)
    {
        if (!playbook.Public && before is not { Public: false })
        {
            gate.Require(PrivatePlaybooks.Key);
        }

        if (playbook.AdminOnlyEdit && before is not { AdminOnlyEdit: true })
        {
            gate.Require(AdminOnlyEdit.Key);
        }

        if (playbook.Metrics.Any(m => m.Target is not null && before?.Metrics.FirstOrDefault(b => b.Id == m.Id)?.Target != m.Target))
        {
            gate.Require(MetricTargets.Key);
        }
    }
}
