using System.Security.Cryptography;

namespace Suite.Platform;

/// <summary>Mattermost's ids: 26 lower-case base32 characters (alphabet <c>ybndrfg8ejkmcpqxot1uwisza345h769</c>) from 128 random bits.</summary>
public static class Ids
{
    private const string Alphabet = "ybndrfg8ejkmcpqxot1uwisza345h769";

    /// <summary>A new random id; also used for session, CSRF and access tokens.</summary>
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return string.Create(26, bytes.ToArray(), static (chars, source) =>
        {
            var bitBuffer = 0;
            var bitCount = 0;
            var position = 0;
            foreach (var b in source)
            {
                bitBuffer = (bitBuffer << 8) | b;
                bitCount += 8;
                while (bitCount >= 5)
                {
                    bitCount -= 5;
                    chars[position++] = Alphabet[(bitBuffer >> bitCount) & 31];
                }
            }

            chars[position] = Alphabet[(bitBuffer << (5 - bitCount)) & 31];
        });
    }

    /// <summary>True for a 26-character string of letters and digits, as Mattermost's <c>IsValidId</c>.</summary>
    public static bool IsValid(string? id)
    {
        if (id is null || id.Length != 26)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
