using System.Text;
using Suite.Licensing.Signing;

namespace Suite.Licensing.Tests.Format;

public sealed class FeatureDefaultsTests
{
    private static LicenseFeatures Parse(string featuresJson) =>
        LicenseJson.Parse(Encoding.UTF8.GetBytes($$"""{"id":"x","expires_at":2,"sku_short_name":"enterprise","features":{{featuresJson}}}""")).Features;

    [Test]
    public void WithDefaults_NoFlagsAtAll_TurnsEverythingOnExceptCloud()
    {
        var features = Parse("{}").WithDefaults();

        Assert.Multiple(() =>
        {
            Assert.That(features.Users, Is.Zero);
            Assert.That(features.Get(FeatureFlags.FutureFeatures), Is.True);
            Assert.That(features.Get(FeatureFlags.Cluster), Is.True);
            Assert.That(features.Get(FeatureFlags.Compliance), Is.True);
            Assert.That(features.Get(FeatureFlags.Cloud), Is.False);
            Assert.That(FeatureFlags.Known.All(k => features.Get(k) is not null), Is.True);
        });
    }

    [Test]
    public void WithDefaults_FutureFeaturesFalse_TurnsMissingFlagsOffExceptAnnouncementAndThemeManagement()
    {
        var features = Parse("""{"users":5,"future_features":false,"guest_accounts":true}""").WithDefaults();

        Assert.Multiple(() =>
        {
            Assert.That(features.Users, Is.EqualTo(5));
            Assert.That(features.Get(FeatureFlags.GuestAccounts), Is.True);
            Assert.That(features.Get(FeatureFlags.Cluster), Is.False);
            Assert.That(features.Get(FeatureFlags.Ldap), Is.False);
            Assert.That(features.Get(FeatureFlags.Announcement), Is.True);
            Assert.That(features.Get(FeatureFlags.ThemeManagement), Is.True);
            Assert.That(features.Get(FeatureFlags.Cloud), Is.False);
        });
    }

    [Test]
    public void WithDefaults_ExplicitFlags_AreKept()
    {
        var features = Parse("""{"cluster":false,"cloud":true,"announcement":false}""").WithDefaults();

        Assert.Multiple(() =>
        {
            Assert.That(features.Get(FeatureFlags.Cluster), Is.False);
            Assert.That(features.Get(FeatureFlags.Cloud), Is.True);
            Assert.That(features.Get(FeatureFlags.Announcement), Is.False);
            Assert.That(features.Get(FeatureFlags.Compliance), Is.True);
        });
    }

    [Test]
    public void NullFlag_CountsAsMissing()
    {
        var features = Parse("""{"future_features":false,"cluster":null}""").WithDefaults();

        Assert.That(features.Get(FeatureFlags.Cluster), Is.False);
    }

    [Test]
    public void UnknownFlags_RoundTripUnchanged()
    {
        var features = Parse("""{"users":3,"message_priority":false,"some_future_flag":true}""");

        var json = Encoding.UTF8.GetString(LicenseJson.ToUtf8Bytes(new License { Features = features }));

        Assert.That(json, Does.Contain("\"features\":{\"users\":3,\"message_priority\":false,\"some_future_flag\":true}"));
    }

    [Test]
    public void ProfessionalDefaults_SwitchOffEnterpriseFlagsEvenUnderTheDefaultingRule()
    {
        var features = Skus.DefaultFeatures(Skus.Professional, 10).WithDefaults();

        Assert.Multiple(() =>
        {
            Assert.That(features.Get(FeatureFlags.GuestAccounts), Is.True);
            Assert.That(features.Get(FeatureFlags.Saml), Is.True);
            Assert.That(features.Get(FeatureFlags.Cluster), Is.False);
            Assert.That(features.Get(FeatureFlags.Compliance), Is.False);
            Assert.That(features.Get(FeatureFlags.DataRetention), Is.False);
            Assert.That(features.Get(FeatureFlags.FutureFeatures), Is.False);
        });
    }

    [TestCase("""{"users":"ten"}""")]
    [TestCase("""{"users":-1}""")]
    [TestCase("""{"cluster":"yes"}""")]
    [TestCase("[]")]
    public void Parse_MalformedFeatures_Throws(string featuresJson) =>
        Assert.That(() => Parse(featuresJson), Throws.InstanceOf<System.Text.Json.JsonException>());

    [TestCase(30 * 24 + 8, false, true)]
    [TestCase(31 * 24, false, false)]
    [TestCase(90 * 24, true, true)]
    public void IsTrialLicense_FollowsTheFlagOrTheExactTrialLength(int hours, bool flag, bool expected)
    {
        var license = new License { StartsAt = 0, ExpiresAt = (long)TimeSpan.FromHours(hours).TotalMilliseconds, IsTrial = flag };

        Assert.That(license.IsTrialLicense(), Is.EqualTo(expected));
    }
}
