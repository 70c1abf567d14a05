namespace Suite.Licensing.Signing;

/// <summary>The keys of Mattermost's license <c>features</c> object.</summary>
public static class FeatureFlags
{
#pragma warning disable CS1591 // Each constant is the JSON key it names.
    public const string Users = "users";
    public const string Ldap = "ldap";
    public const string LdapGroups = "ldap_groups";
    public const string Mfa = "mfa";
    public const string GoogleOAuth = "google_oauth";
    public const string Office365OAuth = "office365_oauth";
    public const string OpenId = "openid";
    public const string Compliance = "compliance";
    public const string Cluster = "cluster";
    public const string Metrics = "metrics";
    public const string Mhpns = "mhpns";
    public const string Saml = "saml";
    public const string ElasticSearch = "elastic_search";
    public const string Announcement = "announcement";
    public const string ThemeManagement = "theme_management";
    public const string EmailNotificationContents = "email_notification_contents";
    public const string DataRetention = "data_retention";
    public const string MessageExport = "message_export";
    public const string CustomPermissionsSchemes = "custom_permissions_schemes";
    public const string CustomTermsOfService = "custom_terms_of_service";
    public const string GuestAccounts = "guest_accounts";
    public const string GuestAccountsPermissions = "guest_accounts_permissions";
    public const string IdLoaded = "id_loaded";
    public const string LockTeammateNameDisplay = "lock_teammate_name_display";
    public const string EnterprisePlugins = "enterprise_plugins";
    public const string AdvancedLogging = "advanced_logging";
    public const string Cloud = "cloud";
    public const string SharedChannels = "shared_channels";
    public const string RemoteClusterService = "remote_cluster_service";
    public const string OutgoingOAuthConnections = "outgoing_oauth_connections";
    public const string AutoTranslation = "auto_translation";
    public const string FutureFeatures = "future_features";
#pragma warning restore CS1591

    /// <summary>Every boolean flag Mattermost's license knows, in its order.</summary>
    public static readonly IReadOnlyList<string> Known =
    [
        Ldap, LdapGroups, Mfa, GoogleOAuth, Office365OAuth, OpenId, Compliance, Cluster, Metrics, Mhpns, Saml,
        ElasticSearch, Announcement, ThemeManagement, EmailNotificationContents, DataRetention, MessageExport,
        CustomPermissionsSchemes, CustomTermsOfService, GuestAccounts, GuestAccountsPermissions, IdLoaded,
        LockTeammateNameDisplay, EnterprisePlugins, AdvancedLogging, Cloud, SharedChannels, RemoteClusterService,
        OutgoingOAuthConnections, AutoTranslation, FutureFeatures,
    ];

    /// <summary>
    /// The flags a Professional license switches on; the vendor tool and the trial portal set
    /// every other known flag to false for Professional, so the defaulting rule cannot turn on
    /// Enterprise features.
    /// </summary>
    public static readonly IReadOnlyList<string> Professional =
    [
        Ldap, Mfa, GoogleOAuth, Office365OAuth, OpenId, Saml, Announcement, ThemeManagement,
        CustomPermissionsSchemes, GuestAccounts, GuestAccountsPermissions, LockTeammateNameDisplay,
        SharedChannels, OutgoingOAuthConnections,
    ];

    private static readonly HashSet<string> KnownSet = new(Known, StringComparer.Ordinal);

    /// <summary>True for a key of Mattermost's <c>features</c> object (not <c>users</c>).</summary>
    public static bool IsKnown(string key) => KnownSet.Contains(key);
}
