using System.Text;
using Suite.Licensing.Signing;
using Suite.Licensing.Tool;
using Suite.Testing;

namespace Suite.Licensing.Tests.Tool;

public sealed class LicenseToolTests
{
    private string _directory = null!;

    [OneTimeSetUp]
    public void MakeWorkingDirectory() => _directory = TestDirectories.Create("tool");

    [OneTimeTearDown]
    public void RemoveWorkingDirectory() => TestDirectories.Delete(_directory);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = LicenseTool.Run(args, output, error, TimeProvider.System);
        return (exit, output.ToString(), error.ToString());
    }

    [Test]
    public void KeygenSignInspect_RoundTrip_VerifiesAndShowsTheLicense()
    {
        var keys = Path.Combine(_directory, "keys");
        var licensePath = Path.Combine(_directory, "acme.license");

        var keygen = Run("keygen", "--out", keys, "--bits", "3072");
        var sign = Run("sign", "--key", Path.Combine(keys, "vendor-private.pem"), "--customer", "Grace Hopper", "--email", "grace@example.com",
            "--company", "Acme", "--sku", "professional", "--users", "250", "--days", "90", "--features", "cluster,-guest_accounts", "--out", licensePath);
        var inspect = Run("inspect", "--key", Path.Combine(keys, "vendor-public.pem"), licensePath);

        Assert.Multiple(() =>
        {
            Assert.That(keygen.Exit, Is.Zero, keygen.Error);
            Assert.That(sign.Exit, Is.Zero, sign.Error);
            Assert.That(inspect.Exit, Is.Zero, inspect.Error);
            Assert.That(inspect.Output, Does.Contain("signature: valid"));
            Assert.That(inspect.Output, Does.Contain("Grace Hopper <grace@example.com>, Acme"));
            Assert.That(inspect.Output, Does.Contain("Professional (professional)"));
            Assert.That(inspect.Output, Does.Contain("users:     250"));
            Assert.That(inspect.Output, Does.Contain("(in 90 days)"));
        });
        var verified = new LicenseVerifier([LicenseKeys.ReadPublicKey(File.ReadAllText(Path.Combine(keys, "vendor-public.pem")), "k")])
            .Verify(File.ReadAllText(licensePath));
        var features = verified.License.Features.WithDefaults();
        Assert.Multiple(() =>
        {
            Assert.That(features.Get(FeatureFlags.Cluster), Is.True);
            Assert.That(features.Get(FeatureFlags.GuestAccounts), Is.False);
            Assert.That(features.Get(FeatureFlags.Compliance), Is.False);
            Assert.That(verified.License.IsTrial, Is.False);
        });
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(Path.Combine(keys, "vendor-private.pem")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }
    }

    [Test]
    public void Sign_FromJsonFile_KeepsItsFieldsAndFillsTheDates()
    {
        var json = Path.Combine(_directory, "license.json");
        File.WriteAllText(json, """
            {"id":"aaaaaaaaaaaaaaaaaaaaaaaaaa","customer":{"id":"c1","name":"Lin","email":"lin@example.com","company":"Initech"},
             "features":{"users":12,"future_features":false,"compliance":true},"sku_short_name":"enterprise","sku_name":"Enterprise E20"}
            """);

        var sign = Run("sign", "--key", TestKeys.Trusted.PrivateKeyPath, "--json", json, "--trial");

        Assert.That(sign.Exit, Is.Zero, sign.Error);
        var license = new LicenseVerifier([TestKeys.Trusted.PublicKey]).Verify(sign.Output).License;
        Assert.Multiple(() =>
        {
            Assert.That(license.Id, Is.EqualTo("aaaaaaaaaaaaaaaaaaaaaaaaaa"));
            Assert.That(license.Customer.Company, Is.EqualTo("Initech"));
            Assert.That(license.SkuName, Is.EqualTo("Enterprise E20"));
            Assert.That(license.Users, Is.EqualTo(12));
            Assert.That(license.IsTrial, Is.True);
            Assert.That(license.ExpiresAt - license.StartsAt, Is.EqualTo((long)License.TrialDuration.TotalMilliseconds));
            Assert.That(license.Features.WithDefaults().Get(FeatureFlags.Cluster), Is.False);
            Assert.That(license.Features.Get(FeatureFlags.Compliance), Is.True);
        });
    }

    [Test]
    public void Inspect_TamperedLicense_ExitsWithTwoAndSaysWhy()
    {
        var text = TestKeys.Trusted.Sign(TestLicenses.Create(users: 10));
        var envelope = Convert.FromBase64String(text);
        var json = Encoding.UTF8.GetString(envelope, 0, envelope.Length - 384).Replace("\"users\":10", "\"users\":90", StringComparison.Ordinal);
        var tampered = Path.Combine(_directory, "tampered.license");
        File.WriteAllText(tampered, Convert.ToBase64String([.. Encoding.UTF8.GetBytes(json), .. envelope.AsSpan(envelope.Length - 384)]));

        var inspect = Run("inspect", "--key", TestKeys.Trusted.PublicKeyPath, tampered);

        Assert.That(inspect.Exit, Is.EqualTo(LicenseTool.InvalidLicense));
        Assert.That(inspect.Output, Does.Contain("NOT VALID (BadSignature)"));
    }

    [Test]
    public void Inspect_WithoutKey_DecodesButSaysTheSignatureWasNotChecked()
    {
        var path = Path.Combine(_directory, "unchecked.license");
        File.WriteAllText(path, TestKeys.Trusted.Sign(TestLicenses.Create(users: 7)));

        var inspect = Run("inspect", path);

        Assert.That(inspect.Exit, Is.Zero, inspect.Error);
        Assert.That(inspect.Output, Does.Contain("NOT CHECKED").And.Contain("users:     7"));
    }

    [TestCase(new[] { "sign", "--key", "k.pem", "--users", "5", "--customer", "x", "--colour", "blue" }, "Unknown option")]
    [TestCase(new[] { "sign", "--key", "k.pem", "--users", "many" }, "--users must be a whole number")]
    [TestCase(new[] { "sign", "--key", "k.pem", "--users", "5", "--customer", "x", "--sku", "gold" }, "--sku must be professional or enterprise")]
    [TestCase(new[] { "keygen", "--out", "x", "--bits", "2048" }, "--bits must be a whole number from 3072")]
    [TestCase(new[] { "frobnicate" }, "Unknown command")]
    public void BadCommandLine_ExitsWithOneAndAMessage(string[] args, string message)
    {
        var result = Run(args);

        Assert.That(result.Exit, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain(message));
    }
}
