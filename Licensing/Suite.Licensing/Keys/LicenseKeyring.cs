using Suite.Licensing.Signing;

namespace Suite.Licensing.Keys;

/// <summary>The keys this server accepts licenses from: the embedded vendor key and the configured extra key.</summary>
internal static class LicenseKeyring
{
    public static LicenseVerifier Create(LicensingOptions options)
    {
        var keys = new List<LicensePublicKey> { Embedded() };
        if (options.ExtraPublicKeyPath is { } path)
        {
            try
            {
                keys.Add(LicenseKeys.ReadPublicKey(File.ReadAllText(path), $"extra key {Path.GetFileName(path)}"));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                throw new InvalidOperationException($"Suite:Licensing:ExtraPublicKeyPath: cannot use '{path}': {ex.Message}", ex);
            }
        }

        return new LicenseVerifier(keys);
    }

    private static LicensePublicKey Embedded()
    {
        using var stream = typeof(LicenseKeyring).Assembly.GetManifestResourceStream("keys/vendor-public.pem")
            ?? throw new InvalidOperationException("The embedded vendor public key is missing from Suite.Licensing.");
        using var reader = new StreamReader(stream);
        return LicenseKeys.ReadPublicKey(reader.ReadToEnd(), "vendor key");
    }
}
