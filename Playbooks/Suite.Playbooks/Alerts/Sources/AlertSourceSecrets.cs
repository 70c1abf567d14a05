using System.Security.Cryptography;
using System.Text;

namespace Suite.Playbooks.Alerts.Sources;

/// <summary>A source's secret: 160 random bits as hex, kept only as its SHA-256 and compared in constant time.</summary>
internal static class AlertSourceSecrets
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Verify(AlertSource source, string secret) =>
        source.SecretHash.Length > 0
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(source.SecretHash));
}
