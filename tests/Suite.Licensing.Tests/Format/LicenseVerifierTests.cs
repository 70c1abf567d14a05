using System.Text;
using Suite.Licensing.Signing;

namespace Suite.Licensing.Tests.Format;

public sealed class LicenseVerifierTests
{
    private LicenseVerifier _verifier = null!;

    [OneTimeSetUp]
    public void TrustTheTestVendorKey() => _verifier = new LicenseVerifier([TestKeys.Trusted.PublicKey]);

    [Test]
    public void Verify_LicenseSignedWithTrustedKey_ReturnsTheDocument()
    {
        var license = TestLicenses.Create(users: 42);

        var verified = _verifier.Verify(TestKeys.Trusted.Sign(license));

        Assert.Multiple(() =>
        {
            Assert.That(verified.License.Id, Is.EqualTo(license.Id));
            Assert.That(verified.License.Users, Is.EqualTo(42));
            Assert.That(verified.License.Customer, Is.EqualTo(license.Customer));
            Assert.That(verified.Key.KeySizeBits, Is.EqualTo(3072));
        });
    }

    [Test]
    public void Envelope_IsBase64OfTheJsonFollowedByASignatureAsLongAsTheKey()
    {
        var license = TestLicenses.Create();

        var envelope = Convert.FromBase64String(TestKeys.Trusted.Sign(license));

        var json = Encoding.UTF8.GetString(envelope, 0, envelope.Length - 384);
        Assert.That(json, Does.StartWith("{\"id\":\"" + license.Id + "\""));
        Assert.That(LicenseJson.Parse(envelope.AsSpan(0, envelope.Length - 384)).Id, Is.EqualTo(license.Id));
    }

    [Test]
    public void Verify_LicenseWithTrailingWhitespaceAndNuls_IsAccepted()
    {
        var text = TestKeys.Trusted.Sign(TestLicenses.Create()) + "\r\n\0\0";

        Assert.That(() => _verifier.Verify(text), Throws.Nothing);
    }

    [Test]
    public void Verify_TamperedPayload_IsRefusedAsBadSignature()
    {
        var envelope = Convert.FromBase64String(TestKeys.Trusted.Sign(TestLicenses.Create(users: 10)));
        var json = Encoding.UTF8.GetString(envelope, 0, envelope.Length - 384);
        var tampered = Encoding.UTF8.GetBytes(json.Replace("\"users\":10", "\"users\":99", StringComparison.Ordinal));
        Assert.That(tampered, Has.Length.EqualTo(envelope.Length - 384));
        var text = Convert.ToBase64String([.. tampered, .. envelope.AsSpan(envelope.Length - 384)]);

        var ex = Assert.Throws<LicenseRejectedException>(() => _verifier.Verify(text));

        Assert.That(ex.Reason, Is.EqualTo(LicenseRejection.BadSignature));
    }

    [Test]
    public void Verify_LicenseSignedWithAnotherKey_IsRefusedAsBadSignature()
    {
        var text = TestKeys.Unknown.Sign(TestLicenses.Create());

        var ex = Assert.Throws<LicenseRejectedException>(() => _verifier.Verify(text));

        Assert.That(ex.Reason, Is.EqualTo(LicenseRejection.BadSignature));
        Assert.That(ex.Message, Does.Contain("signature is not valid"));
    }

    [Test]
    public void Verify_FlippedSignatureBit_IsRefused()
    {
        var envelope = Convert.FromBase64String(TestKeys.Trusted.Sign(TestLicenses.Create()));
        envelope[^1] ^= 1;

        var ex = Assert.Throws<LicenseRejectedException>(() => _verifier.Verify(Convert.ToBase64String(envelope)));

        Assert.That(ex.Reason, Is.EqualTo(LicenseRejection.BadSignature));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("this is not a license")]
    [TestCase("%%%%====")]
    public void Verify_Garbage_IsRefusedAsNotALicense(string text)
    {
        var ex = Assert.Throws<LicenseRejectedException>(() => _verifier.Verify(text));

        Assert.That(ex.Reason, Is.EqualTo(LicenseRejection.NotALicense));
    }

    [TestCase(0)]
    [TestCase(100)]
    [TestCase(384)]
    public void Verify_NoLongerThanASignature_IsRefusedAsTooShort(int length)
    {
        var text = Convert.ToBase64String(new byte[length == 0 ? 1 : length]);

        var ex = Assert.Throws<LicenseRejectedException>(() => _verifier.Verify(text));

        Assert.That(ex.Reason, Is.EqualTo(LicenseRejection.TooShort));
    }

    [Test]
    public void Verify_SignedDocumentThatIsNotALicense_IsRefusedAsInvalidDocument()
    {
        var text = TestKeys.Trusted.SignDocument(Encoding.UTF8.GetBytes("[1,2,3]"));

        var ex = Assert.Throws<LicenseRejectedException>(() => _verifier.Verify(text));

        Assert.That(ex.Reason, Is.EqualTo(LicenseRejection.InvalidDocument));
    }

    [Test]
    public void Verify_SignedLicenseWithoutExpiry_IsRefusedAsInvalidDocument()
    {
        var text = TestKeys.Trusted.Sign(TestLicenses.Create() with { ExpiresAt = 0 });

        var ex = Assert.Throws<LicenseRejectedException>(() => _verifier.Verify(text));

        Assert.That(ex.Message, Does.Contain("expir"));
    }

    [Test]
    public void ReadPublicKey_ShorterThan3072Bits_IsRefused()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);

        Assert.That(() => LicenseKeys.ReadPublicKey(rsa.ExportSubjectPublicKeyInfoPem(), "short key"),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("at least 3072"));
    }

    [Test]
    public void Verifier_WithTwoKeysOfDifferentSizes_TakesTheSignatureLengthFromEachKey()
    {
        using var big = System.Security.Cryptography.RSA.Create(4096);
        var verifier = new LicenseVerifier([TestKeys.Trusted.PublicKey, LicenseKeys.PublicKeyOf(big, "big")]);
        var license = TestLicenses.Create();

        var fromBig = verifier.Verify(new LicenseSigner(big).Sign(license));
        var fromTrusted = verifier.Verify(TestKeys.Trusted.Sign(license));

        Assert.That(fromBig.Key.KeySizeBits, Is.EqualTo(4096));
        Assert.That(fromTrusted.Key.KeySizeBits, Is.EqualTo(3072));
    }
}
