using System.Security.Cryptography;

namespace Suite.Licensing.Signing;

/// <summary>An RSA public key licenses are verified with.</summary>
/// <param name="SubjectPublicKeyInfo">The key as DER SubjectPublicKeyInfo (PEM <c>BEGIN PUBLIC KEY</c>).</param>
/// <param name="KeySizeBits">Modulus size; the signature is this many bits long.</param>
/// <param name="Name">Where the key came from, for messages.</param>
public sealed record LicensePublicKey(byte[] SubjectPublicKeyInfo, int KeySizeBits, string Name)
{
    /// <summary>Signature length in bytes.</summary>
    public int SignatureLength => KeySizeBits / 8;

    /// <summary>First 16 hex digits of the SHA-256 of the key, to tell keys apart.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(SubjectPublicKeyInfo))[..16];

    /// <summary>An RSA instance for this key; the caller disposes it.</summary>
    public RSA CreateRsa()
    {
        var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(SubjectPublicKeyInfo, out _);
        return rsa;
    }
}

/// <summary>Generates and reads the vendor's RSA key pairs (PEM). Keys shorter than 3,072 bits are refused.</summary>
public static class LicenseKeys
{
    /// <summary>The shortest key accepted for signing or verifying.</summary>
    public const int MinimumKeySizeBits = 3072;

    /// <summary>The size <c>keygen</c> uses by default.</summary>
    public const int DefaultKeySizeBits = 4096;

    /// <summary>A new key pair as PEM: PKCS#8 <c>BEGIN PRIVATE KEY</c> and SubjectPublicKeyInfo <c>BEGIN PUBLIC KEY</c>.</summary>
    public static (string PrivateKeyPem, string PublicKeyPem) Generate(int keySizeBits = DefaultKeySizeBits)
    {
        RequireSize(keySizeBits, "The key");
        using var rsa = RSA.Create(keySizeBits);
        return (rsa.ExportPkcs8PrivateKeyPem(), rsa.ExportSubjectPublicKeyInfoPem());
    }

    /// <summary>Reads a public key (<c>BEGIN PUBLIC KEY</c> or <c>BEGIN RSA PUBLIC KEY</c>).</summary>
    public static LicensePublicKey ReadPublicKey(string pem, string name)
    {
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            throw new InvalidDataException($"{name} is not an RSA public key in PEM format: {ex.Message}", ex);
        }

        RequireSize(rsa.KeySize, name);
        return new LicensePublicKey(rsa.ExportSubjectPublicKeyInfo(), rsa.KeySize, name);
    }

    /// <summary>Reads a private key (<c>BEGIN PRIVATE KEY</c> or <c>BEGIN RSA PRIVATE KEY</c>); the caller disposes it.</summary>
    public static RSA ReadPrivateKey(string pem, string name)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            _ = rsa.ExportParameters(includePrivateParameters: true);
            RequireSize(rsa.KeySize, name);
            return rsa;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new InvalidDataException($"{name} is not an RSA private key in PEM format: {ex.Message}", ex);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    /// <summary>The public half of a private key.</summary>
    public static LicensePublicKey PublicKeyOf(RSA privateKey, string name)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        return new LicensePublicKey(privateKey.ExportSubjectPublicKeyInfo(), privateKey.KeySize, name);
    }

    private static void RequireSize(int keySizeBits, string name)
    {
        if (keySizeBits < MinimumKeySizeBits)
        {
            throw new InvalidDataException($"{name} has {keySizeBits} bits; license keys need at least {MinimumKeySizeBits}.");
        }
    }
}
