using Suite.Licensing.Signing;
using Suite.Platform;

namespace Suite.Testing.Licensing;

/// <summary>Licenses for tests, dated relative to a clock.</summary>
public static class TestLicenses
{
    public static License Create(
        TimeProvider? time = null,
        string sku = Skus.Enterprise,
        int users = 100,
        TimeSpan? validFor = null,
        TimeSpan? startedAgo = null,
        bool trial = false,
        LicenseFeatures? features = null)
    {
        var now = (time ?? TimeProvider.System).GetUtcNow();
        var starts = now - (startedAgo ?? TimeSpan.FromMinutes(1));
        return new License
        {
            Id = Ids.New(),
            IssuedAt = starts.ToUnixTimeMilliseconds(),
            StartsAt = starts.ToUnixTimeMilliseconds(),
            ExpiresAt = (now + (validFor ?? TimeSpan.FromDays(365))).ToUnixTimeMilliseconds(),
            Customer = new LicenseCustomer { Id = Ids.New(), Name = "Ada Lovelace", Email = "ada@example.com", Company = "Analytical Engines Ltd" },
            Features = features ?? Skus.DefaultFeatures(sku, users),
            SkuName = Skus.DisplayName(sku),
            SkuShortName = sku,
            IsTrial = trial,
        };
    }

    /// <summary>A license signed with the key test servers trust.</summary>
    public static string SignedText(TimeProvider? time = null, string sku = Skus.Enterprise, int users = 100, TimeSpan? validFor = null) =>
        TestKeys.Trusted.Sign(Create(time, sku, users, validFor));
}
