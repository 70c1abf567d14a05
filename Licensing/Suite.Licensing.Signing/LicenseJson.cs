using System.Text.Encodings.Web;
using System.Text.Json;

namespace Suite.Licensing.Signing;

/// <summary>Serializer settings for license documents. Names are fixed by attributes, never by a naming policy.</summary>
public static class LicenseJson
{
    /// <summary>Compact, as signed.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>Indented, for people.</summary>
    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };

    /// <summary>The license as the bytes that get signed.</summary>
    public static byte[] ToUtf8Bytes(License license) => JsonSerializer.SerializeToUtf8Bytes(license, Options);

    /// <summary>Parses a license document; a <see cref="JsonException"/> for anything that is not one.</summary>
    public static License Parse(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<License>(json, Options) ?? throw new JsonException("The license document is null.");
}
