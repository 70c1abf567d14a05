using System.Security.Cryptography;

namespace Suite.Licensing.Signing;

/// <summary>
/// Signs licenses into Mattermost's envelope: one Base64 string of the license JSON followed by
/// its RSA PKCS#1 v1.5 SHA-512 signature, as long as the key.
/// </summary>
public sealed class LicenseSigner(RSA privateKey)
{
    /// <summary>The signed license file's text.</summary>
    public string Sign(License license)
    {
        ArgumentNullException.ThrowIfNull(license);
        return SignDocument(LicenseJson.ToUtf8Bytes(license));
    }

    /// <summary>Signs a document as it is, byte for byte (tests use it to sign what no valid license holds).</summary>
    public string SignDocument(ReadOnlySpan<byte> json)
    {
        var signature = privateKey.SignData(json, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1);
        var envelope = new byte[json.Length + signature.Length];
        json.CopyTo(envelope);
        signature.CopyTo(envelope.AsSpan(json.Length));
        return Convert.ToBase64String(envelope);
    }
}
