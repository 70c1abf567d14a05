using System.Text.Json.Serialization;

namespace Suite.Licensing.Signing;

/// <summary>A license document in Mattermost's JSON shape. Times are milliseconds since the epoch.</summary>
public sealed record License
{
    /// <summary>Mattermost's self-requested trial length: 30 days and 8 hours.</summary>
    public static readonly TimeSpan TrialDuration = TimeSpan.FromDays(30) + TimeSpan.FromHours(8);

    /// <summary>Mattermost's admin-issued trial length: 30 days 23:59:59.</summary>
    public static readonly TimeSpan AdminTrialDuration = TimeSpan.FromDays(31) - TimeSpan.FromSeconds(1);

    /// <summary>How long gated features keep working after <see cref="ExpiresAt"/>.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromDays(10);

    /// <summary>How long before expiry administrators are warned.</summary>
    public static readonly TimeSpan RenewalWarning = TimeSpan.FromDays(60);

    /// <summary>26-character id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    /// <summary>When the license was issued.</summary>
    [JsonPropertyName("issued_at")]
    public long IssuedAt { get; init; }

    /// <summary>When the license starts.</summary>
    [JsonPropertyName("starts_at")]
    public long StartsAt { get; init; }

    /// <summary>When the license expires; gated features keep working for <see cref="GracePeriod"/> after it.</summary>
    [JsonPropertyName("expires_at")]
    public long ExpiresAt { get; init; }

    /// <summary>Who the license is for.</summary>
    [JsonPropertyName("customer")]
    public LicenseCustomer Customer { get; init; } = new();

    /// <summary>Seats and feature flags, as issued (missing flags are resolved by <see cref="LicenseFeatures.WithDefaults"/>).</summary>
    [JsonPropertyName("features")]
    public LicenseFeatures Features { get; init; } = new();

    /// <summary>Display name of the SKU, for example <c>Enterprise</c>.</summary>
    [JsonPropertyName("sku_name")]
    public string SkuName { get; init; } = "";

    /// <summary><c>professional</c> or <c>enterprise</c> (Mattermost also knows <c>advanced</c>, <c>entry</c>, <c>E10</c>, <c>E20</c>).</summary>
    [JsonPropertyName("sku_short_name")]
    public string SkuShortName { get; init; } = "";

    /// <summary>True for trial licenses.</summary>
    [JsonPropertyName("is_trial")]
    public bool IsTrial { get; init; }

    /// <summary>Government SKU.</summary>
    [JsonPropertyName("is_gov_sku")]
    public bool IsGovSku { get; init; }

    /// <summary>When true, user creation stops at the seat count (plus <see cref="ExtraUsers"/>).</summary>
    [JsonPropertyName("is_seat_count_enforced")]
    public bool IsSeatCountEnforced { get; init; }

    /// <summary>Seats allowed above <c>features.users</c> before user creation is blocked.</summary>
    [JsonPropertyName("extra_users")]
    public int? ExtraUsers { get; init; }

    /// <summary>Mattermost's sign-up token; unused by Suite.</summary>
    [JsonPropertyName("signup_jwt")]
    public string? SignupJwt { get; init; }

    /// <summary>Usage limits of Mattermost's free Entry tier; unused by Suite.</summary>
    [JsonPropertyName("limits")]
    public LicenseLimits? Limits { get; init; }

    /// <summary>The seat count with the defaulting rule applied.</summary>
    [JsonIgnore]
    public int Users => Features.Users ?? 0;

    /// <summary>The edition tier of <see cref="SkuShortName"/> (Mattermost's numbers); 0 for legacy or unknown SKUs.</summary>
    [JsonIgnore]
    public int Tier => Skus.Tier(SkuShortName);

    /// <summary>True once <paramref name="nowMs"/> is past <see cref="ExpiresAt"/>.</summary>
    public bool IsExpired(long nowMs) => ExpiresAt < nowMs;

    /// <summary>True once the grace period after expiry is over.</summary>
    public bool IsPastGracePeriod(long nowMs) => nowMs - ExpiresAt > (long)GracePeriod.TotalMilliseconds;

    /// <summary>True once <see cref="StartsAt"/> has passed.</summary>
    public bool IsStarted(long nowMs) => StartsAt < nowMs;

    /// <summary>True within <see cref="RenewalWarning"/> before expiry.</summary>
    public bool IsExpiringSoon(long nowMs) => !IsExpired(nowMs) && ExpiresAt - nowMs <= (long)RenewalWarning.TotalMilliseconds;

    /// <summary>Mattermost's <c>IsTrialLicense</c>: flagged as a trial, or exactly one of the two trial lengths long.</summary>
    public bool IsTrialLicense()
    {
        var duration = ExpiresAt - StartsAt;
        return IsTrial || duration == (long)TrialDuration.TotalMilliseconds || duration == (long)AdminTrialDuration.TotalMilliseconds;
    }

    /// <summary>A trial issued by sales with a length outside the usual 30-to-31-day window; allowed even after the installation's own trial.</summary>
    public bool IsSanctionedTrial()
    {
        var duration = ExpiresAt - StartsAt;
        var shortest = (long)(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1)).TotalMilliseconds;
        var longest = (long)(TimeSpan.FromDays(32) - TimeSpan.FromSeconds(1)).TotalMilliseconds;
        return IsTrial && (duration < shortest || duration > longest);
    }
}

/// <summary>The customer a license is issued to.</summary>
public sealed record LicenseCustomer
{
    /// <summary>Customer id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    /// <summary>Contact name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>Contact email.</summary>
    [JsonPropertyName("email")]
    public string Email { get; init; } = "";

    /// <summary>Company name.</summary>
    [JsonPropertyName("company")]
    public string Company { get; init; } = "";
}

/// <summary>Mattermost's Entry-tier limits, kept so such licenses round-trip.</summary>
public sealed record LicenseLimits
{
    /// <summary>Visible message history.</summary>
    [JsonPropertyName("post_history")]
    public long? PostHistory { get; init; }

    /// <summary>Board cards.</summary>
    [JsonPropertyName("board_cards")]
    public long? BoardCards { get; init; }

    /// <summary>Playbook runs per month.</summary>
    [JsonPropertyName("playbook_runs")]
    public long? PlaybookRuns { get; init; }

    /// <summary>Call duration.</summary>
    [JsonPropertyName("call_duration")]
    public long? CallDuration { get; init; }

    /// <summary>Agent prompts per month.</summary>
    [JsonPropertyName("agents_prompts")]
    public long? AgentsPrompts { get; init; }

    /// <summary>Push notifications per month.</summary>
    [JsonPropertyName("push_notifications")]
    public long? PushNotifications { get; init; }
}
