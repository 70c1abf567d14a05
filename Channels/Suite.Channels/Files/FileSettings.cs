using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Suite.Channels.Files;

/// <summary>Where uploads are kept (<c>&lt;Suite:DataDirectory&gt;/files</c>) and how large one may be (<c>Suite:Files:MaxFileSizeBytes</c>).</summary>
internal sealed record FileSettings(string Root, long MaxFileSizeBytes)
{
    public const long DefaultMaxFileSizeBytes = 100L * 1024 * 1024;

    // Room for the multipart boundaries, part headers and form fields around the largest file allowed.
    private const long MultipartOverheadBytes = 64 * 1024;

    /// <summary>The largest upload request: one file of the maximum size with its multipart framing.</summary>
    public long MaxRequestBytes => MaxFileSizeBytes + MultipartOverheadBytes;

    public static FileSettings From(IConfiguration configuration)
    {
        var dataDirectory = configuration["Suite:DataDirectory"] is { Length: > 0 } dir ? dir : ".suite";
        var configured = configuration["Suite:Files:MaxFileSizeBytes"];
        var max = DefaultMaxFileSizeBytes;
        if (!string.IsNullOrEmpty(configured) && (!long.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out max) || max <= 0))
        {
            throw new InvalidOperationException($"Suite:Files:MaxFileSizeBytes must be a positive number of bytes, not '{configured}'.");
        }

        return new FileSettings(Path.GetFullPath(Path.Combine(dataDirectory, "files")), max);
    }
}
