using System.Security.Cryptography;
using Suite.Licensing.Signing;

namespace Suite.Testing.Licensing;

/// <summary>
/// Key pairs made once per test run (RSA-3072 generation is slow): the "vendor" key the servers
/// under test accept as their extra key, and another key they do not know.
/// </summary>
public static class TestKeys
{
    private static readonly Lazy<KeyFiles> Vendor = new(() => Create("vendor"));
    private static readonly Lazy<KeyFiles> Stranger = new(() => Create("stranger"));

    /// <summary>The key Suite servers in tests accept (Suite:Licensing:ExtraPublicKeyPath).</summary>
    public static KeyFiles Trusted => Vendor.Value;

    /// <summary>A valid key no server trusts.</summary>
    public static KeyFiles Unknown => Stranger.Value;

    /// <summary>Settings that make a Suite server accept <see cref="Trusted"/>.</summary>
    public static Dictionary<string, string?> ServerSettings() => new()
    {
        ["Suite:Licensing:ExtraPublicKeyPath"] = Trusted.PublicKeyPath,
    };

    public static void DeleteFiles()
    {
        foreach (var keys in new[] { Vendor, Stranger }.Where(k => k.IsValueCreated))
        {
            TestDirectories.Delete(keys.Value.Directory);
        }
    }

    private static KeyFiles Create(string name)
    {
        var (privatePem, publicPem) = LicenseKeys.Generate(LicenseKeys.MinimumKeySizeBits);
        var directory = TestDirectories.Create("keys");
        var privatePath = Path.Combine(directory, $"{name}-private.pem");
        var publicPath = Path.Combine(directory, $"{name}-public.pem");
        File.WriteAllText(privatePath, privatePem);
        File.WriteAllText(publicPath, publicPem);
        return new KeyFiles(directory, privatePath, publicPath, privatePem, publicPem);
    }
}

/// <summary>A key pair on disk.</summary>
public sealed record KeyFiles(string Directory, string PrivateKeyPath, string PublicKeyPath, string PrivatePem, string PublicPem)
{
    public LicensePublicKey PublicKey => LicenseKeys.ReadPublicKey(PublicPem, "test key");

    /// <summary>Signs a license with this key.</summary>
    public string Sign(License license)
    {
        using var rsa = LicenseKeys.ReadPrivateKey(PrivatePem, "test key");
        return new LicenseSigner(rsa).Sign(license);
    }

    /// <summary>Signs arbitrary bytes as if they were a license document.</summary>
    public string SignDocument(byte[] document)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(PrivatePem);
        return new LicenseSigner(rsa).SignDocument(document);
    }
}
