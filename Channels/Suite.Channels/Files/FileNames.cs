using Microsoft.AspNetCore.StaticFiles;

namespace Suite.Channels.Files;

/// <summary>File names, extensions and media types as Mattermost records them.</summary>
internal static class FileNames
{
    public const int MaxNameLength = 255;

    private static readonly FileExtensionContentTypeProvider MediaTypes = new();

    /// <summary>The last segment of what the client sent (either slash counts), without control characters; never empty, "." or "..".</summary>
    public static string Sanitize(string? raw)
    {
        var name = raw ?? "";
        var lastSeparator = name.LastIndexOfAny(['/', '\\']);
        name = new string(name[(lastSeparator + 1)..].Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0 || name.All(c => c == '.'))
        {
            return "file";
        }

        if (name.Length > MaxNameLength)
        {
            var extension = Path.GetExtension(name);
            name = extension.Length < 32 ? name[..(MaxNameLength - extension.Length)] + extension : name[..MaxNameLength];
        }

        return name;
    }

    /// <summary>Lower-case, without the leading dot; empty when the name has none.</summary>
    public static string Extension(string name) => Path.GetExtension(name).TrimStart('.').ToLowerInvariant();

    /// <summary>The media type for the name's extension; empty when unknown, as in Mattermost.</summary>
    public static string MediaType(string name) => MediaTypes.TryGetContentType(name.ToLowerInvariant(), out var type) ? type : "";
}
