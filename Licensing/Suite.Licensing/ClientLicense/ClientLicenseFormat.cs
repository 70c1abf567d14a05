using System.Globalization;
using Suite.Licensing.Active;
using Suite.Licensing.Signing;

namespace Suite.Licensing.ClientLicense;

/// <summary>Mattermost's client license: a flat object whose values are all strings.</summary>
internal static class ClientLicenseFormat
{
    /// <summary>Client keys of the license's feature flags.</summary>
    private static readonly (string Client, string Flag)[] FlagKeys =
    [
        ("LDAP", FeatureFlags.Ldap),
        ("LDAPGroups", FeatureFlags.LdapGroups),
        ("MFA", FeatureFlags.Mfa),
        ("GoogleOAuth", FeatureFlags.GoogleOAuth),
        ("Office365OAuth", FeatureFlags.Office365OAuth),
        ("OpenId", FeatureFlags.OpenId),
        ("Compliance", FeatureFlags.Compliance),
        ("Cluster", FeatureFlags.Cluster),
        ("Metrics", FeatureFlags.Metrics),
        ("MHPNS", FeatureFlags.Mhpns),
        ("SAML", FeatureFlags.Saml),
        ("Elasticsearch", FeatureFlags.ElasticSearch),
        ("Announcement", FeatureFlags.Announcement),
        ("EmailNotificationContents", FeatureFlags.EmailNotificationContents),
        ("DataRetention", FeatureFlags.DataRetention),
        ("MessageExport", FeatureFlags.MessageExport),
        ("CustomPermissionsSchemes", FeatureFlags.CustomPermissionsSchemes),
        ("CustomTermsOfService", FeatureFlags.CustomTermsOfService),
        ("GuestAccounts", FeatureFlags.GuestAccounts),
        ("GuestAccountsPermissions", FeatureFlags.GuestAccountsPermissions),
        ("IDLoadedPushNotifications", FeatureFlags.IdLoaded),
        ("LockTeammateNameDisplay", FeatureFlags.LockTeammateNameDisplay),
        ("Cloud", FeatureFlags.Cloud),
        ("SharedChannels", FeatureFlags.SharedChannels),
        ("RemoteClusterService", FeatureFlags.RemoteClusterService),
        ("OutgoingOAuthConnections", FeatureFlags.OutgoingOAuthConnections),
    ];

    /// <summary>What users without license-read permission do not see.</summary>
    private static readonly string[] Private = ["Id", "Name", "Email", "IssuedAt", "StartsAt", "ExpiresAt", "SkuName"];

    public static Dictionary<string, string> Unlicensed() => new(StringComparer.Ordinal) { ["IsLicensed"] = "false" };

    /// <summary>
    /// The client view of a license at <paramref name="nowMs"/>; unlicensed once its grace period is
    /// over. Beyond Mattermost's keys: <c>IsExpiringSoon</c> (within 60 days of expiry) and
    /// <c>IsInGracePeriod</c> (expired, gated features still on), for the UI's banners.
    /// </summary>
    public static Dictionary<string, string> From(InstalledLicense? installed, long nowMs, bool sanitised)
    {
        if (installed is null || installed.License.IsPastGracePeriod(nowMs))
        {
            return Unlicensed();
        }

        var license = installed.License;
        var features = installed.Features;
        var view = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["IsLicensed"] = "true",
            ["Id"] = license.Id,
            ["SkuName"] = license.SkuName,
            ["SkuShortName"] = license.SkuShortName,
            ["Users"] = Number(features.Users ?? 0),
            ["IsTrial"] = Bool(license.IsTrial),
            ["IsGovSku"] = Bool(license.IsGovSku),
            ["IssuedAt"] = Number(license.IssuedAt),
            ["StartsAt"] = Number(license.StartsAt),
            ["ExpiresAt"] = Number(license.ExpiresAt),
            ["Name"] = license.Customer.Name,
            ["Email"] = license.Customer.Email,
            ["Company"] = license.Customer.Company,
        };
        foreach (var (client, flag) in FlagKeys)
        {
            view[client] = Bool(features.Get(flag) ?? false);
        }

        view["IsExpiringSoon"] = Bool(license.IsExpiringSoon(nowMs));
        view["IsInGracePeriod"] = Bool(license.IsExpired(nowMs));
        if (sanitised)
        {
            foreach (var key in Private)
            {
                view.Remove(key);
            }
        }

        return view;
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
