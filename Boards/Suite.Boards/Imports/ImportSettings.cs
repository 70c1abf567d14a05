using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Suite.Boards.Imports;

/// <summary>
/// Limits and places of imports: the largest upload (<c>Suite:Boards:MaxImportBytes</c>, 100 MB by default;
/// an archive may not unpack to more than <see cref="MaxUnpackedBytes"/>), and where boards' files live
/// (<c>{data directory}/boards/files/{teamId}/{boardId}/{fileId}</c>, where <c>Files/BoardFileStorage</c> keeps uploads).
/// </summary>
internal sealed record ImportSettings(long MaxImportBytes, string FilesRoot)
{
    public const long DefaultMaxImportBytes = 100L * 1024 * 1024;

    /// <summary>Focalboard's <c>importMaxFileSize</c>: the largest <c>board.jsonl</c>.</summary>
    public const long MaxBoardJsonlBytes = 70L * 1024 * 1024;

    /// <summary>Guards against archives that unpack to far more than they weigh (zip bombs).</summary>
    public long MaxUnpackedBytes => MaxImportBytes * 10;

    public string TemporaryDirectory => Path.Combine(FilesRoot, ".imports");

    public static ImportSettings From(IConfiguration configuration)
    {
        var dataDirectory = configuration["Suite:DataDirectory"] is { Length: > 0 } dir ? dir : ".suite";
        var configured = configuration["Suite:Boards:MaxImportBytes"];
        var max = DefaultMaxImportBytes;
        if (!string.IsNullOrEmpty(configured) && (!long.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out max) || max <= 0))
        {
            throw new InvalidOperationException($"Suite:Boards:MaxImportBytes must be a positive number of bytes, not '{configured}'.");
        }

        return new ImportSettings(max, Path.GetFullPath(Path.Combine(dataDirectory, "boards", "files")));
    }
}
