using Suite.Platform.Modules;

namespace Suite.Licensing.Contracts;

/// <summary>
/// The paid features Suite gates, with the lowest edition that includes each. A key that is also
/// a Mattermost license flag (for example <c>cluster</c>) follows that flag; any other key follows
/// the license's edition. A module that implements one of these declares the same record in its
/// own <see cref="ISuiteModule.Features"/> and marks its requests with
/// <see cref="Suite.Platform.Mediator.RequiresFeatureAttribute"/>.
/// </summary>
public static class LicensedFeatures
{
    /// <summary>Guest accounts (Mattermost flag <c>guest_accounts</c>).</summary>
    public static readonly LicensedFeature GuestAccounts = new("guest_accounts", Edition.Professional, "Guest accounts");

    /// <summary>Read-only announcement channels (channel moderation).</summary>
    public static readonly LicensedFeature ReadOnlyChannels = new("read_only_channels", Edition.Professional, "Read-only announcement channels");

    /// <summary>Custom user groups (@-mentionable groups).</summary>
    public static readonly LicensedFeature CustomUserGroups = new("custom_user_groups", Edition.Professional, "Custom user groups");

    /// <summary>Message priority and persistent notifications.</summary>
    public static readonly LicensedFeature MessagePriority = new("message_priority", Edition.Professional, "Message priority");

    /// <summary>Custom permission schemes (Mattermost flag <c>custom_permissions_schemes</c>).</summary>
    public static readonly LicensedFeature CustomPermissionsSchemes = new("custom_permissions_schemes", Edition.Professional, "Custom permission schemes");

    /// <summary>AD/LDAP sign-in and user sync (Mattermost flag <c>ldap</c>).</summary>
    public static readonly LicensedFeature Ldap = new("ldap", Edition.Professional, "AD/LDAP user management");

    /// <summary>SAML 2.0 single sign-on (Mattermost flag <c>saml</c>).</summary>
    public static readonly LicensedFeature Saml = new("saml", Edition.Professional, "SAML single sign-on");

    /// <summary>Multi-factor authentication enforcement (Mattermost flag <c>mfa</c>).</summary>
    public static readonly LicensedFeature Mfa = new("mfa", Edition.Professional, "Multi-factor authentication enforcement");

    /// <summary>Several Suite processes sharing one database (Mattermost flag <c>cluster</c>).</summary>
    public static readonly LicensedFeature Cluster = new("cluster", Edition.Enterprise, "High availability cluster");

    /// <summary>Compliance reports and exports (Mattermost flag <c>compliance</c>).</summary>
    public static readonly LicensedFeature Compliance = new("compliance", Edition.Enterprise, "Compliance export");

    /// <summary>Message export for eDiscovery (Mattermost flag <c>message_export</c>).</summary>
    public static readonly LicensedFeature MessageExport = new("message_export", Edition.Enterprise, "Message export");

    /// <summary>Data retention policies (Mattermost flag <c>data_retention</c>).</summary>
    public static readonly LicensedFeature DataRetention = new("data_retention", Edition.Enterprise, "Data retention policies");

    /// <summary>AD/LDAP group sync (Mattermost flag <c>ldap_groups</c>).</summary>
    public static readonly LicensedFeature LdapGroups = new("ldap_groups", Edition.Enterprise, "AD/LDAP group sync");

    /// <summary>Custom terms of service (Mattermost flag <c>custom_terms_of_service</c>).</summary>
    public static readonly LicensedFeature CustomTermsOfService = new("custom_terms_of_service", Edition.Enterprise, "Custom terms of service");

    /// <summary>Every feature above.</summary>
    public static readonly IReadOnlyList<LicensedFeature> All =
    [
        GuestAccounts, ReadOnlyChannels, CustomUserGroups, MessagePriority, CustomPermissionsSchemes, Ldap, Saml, Mfa,
        Cluster, Compliance, MessageExport, DataRetention, LdapGroups, CustomTermsOfService,
    ];
}
