using System.Security.Cryptography;
using System.Text.Json;

namespace Suite.Licensing.Signing;

/// <summary>Why a license text was refused.</summary>
public enum LicenseRejection
{
    /// <summary>Empty, oversized or not Base64.</summary>
    NotALicense,

    /// <summary>Decodes to no more bytes than a signature.</summary>
    TooShort,

    /// <summary>No accepted key verifies the signature: changed after signing, or signed by another key.</summary>
    BadSignature,

    /// <summary>Correctly signed, but not a license document.</summary>
    InvalidDocument,
}

/// <summary>A license text that is not a valid signed license.</summary>
public sealed class LicenseRejectedException(LicenseRejection reason, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>Why.</summary>
    public LicenseRejection Reason { get; } = reason;
}

/// <summary>A license whose signature verified.</summary>
/// <param name="License">The document.</param>
/// <param name="Text">The license file's text, normalised (whitespace and NULs trimmed).</param>
/// <param name="Key">The key that verified it.</param>
public sealed record VerifiedLicense(License License, string Text, LicensePublicKey Key);

/// <summary>Verifies license files against a set of accepted public keys.</summary>
public sealed class LicenseVerifier
{
    /// <summary>Longest license text read, in characters.</summary>
    public const int MaxTextLength = 64 * 1024;

    private static readonly char[] Padding = ['\0', ' ', '\t', '\r', '\n', '\uFEFF'];

    /// <summary>Accepts licenses signed by any of <paramref name="keys"/>.</summary>
    public LicenseVerifier(IEnumerable<LicensePublicKey> keys)
    {
        Keys = keys.DistinctBy(k => k.Fingerprint).ToList();
        if (Keys.Count == 0)
        {
            throw new ArgumentException("At least one public key is needed.", nameof(keys));
        }
    }

    /// <summary>The accepted keys.</summary>
    public IReadOnlyList<LicensePublicKey> Keys { get; }

    /// <summary>Verifies and parses a license file's text; throws <see cref="LicenseRejectedException"/> saying why it is refused.</summary>
    public VerifiedLicense Verify(string? text)
    {
        var trimmed = (text ?? "").Trim(Padding);
        if (trimmed.Length == 0)
        {
            throw new LicenseRejectedException(LicenseRejection.NotALicense, "The license is empty.");
        }

        if (trimmed.Length > MaxTextLength)
        {
            throw new LicenseRejectedException(LicenseRejection.NotALicense, $"The license is longer than {MaxTextLength} characters; it is not a license file.");
        }

        // Decoded exactly, so there is no buffer padding to strip (Mattermost trims the NULs its decode buffer leaves).
        byte[] envelope;
        try
        {
            envelope = Convert.FromBase64String(trimmed);
        }
        catch (FormatException ex)
        {
            throw new LicenseRejectedException(LicenseRejection.NotALicense, "The license is not a license file: its text is not Base64.", ex);
        }

        var longEnough = Keys.Where(k => envelope.Length > k.SignatureLength).ToList();
        if (longEnough.Count == 0)
        {
            throw new LicenseRejectedException(LicenseRejection.TooShort,
                $"The license is too short: it decodes to {envelope.Length} bytes, no more than a {Keys.Min(k => k.SignatureLength)}-byte signature.");
        }

        foreach (var key in longEnough)
        {
            var document = envelope.AsSpan(0, envelope.Length - key.SignatureLength);
            var signature = envelope.AsSpan(envelope.Length - key.SignatureLength);
            using var rsa = key.CreateRsa();
            if (rsa.VerifyData(document, signature, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1))
            {
                return new VerifiedLicense(ParseDocument(document), trimmed, key);
            }
        }

        throw new LicenseRejectedException(LicenseRejection.BadSignature,
            "The license signature is not valid: the license was changed after it was signed, or it was not signed by this server's license vendor.");
    }

    private static License ParseDocument(ReadOnlySpan<byte> document)
    {
        License license;
        try
        {
            license = LicenseJson.Parse(document);
        }
        catch (JsonException ex)
        {
            throw new LicenseRejectedException(LicenseRejection.InvalidDocument, $"The license is signed but is not a license document: {ex.Message}", ex);
        }

        var problem = license switch
        {
            { Id.Length: 0 } => "it has no id",
            { SkuShortName.Length: 0 } => "it names no SKU (sku_short_name)",
            { ExpiresAt: <= 0 } => "it has no expiry date (expires_at)",
            _ when license.ExpiresAt <= license.StartsAt => "it expires before it starts",
            _ => null,
        };
        return problem is null
            ? license
            : throw new LicenseRejectedException(LicenseRejection.InvalidDocument, $"The license is signed but not valid: {problem}.");
    }
}
