using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Suite.Boards.Files;

/// <summary>
/// Where board files live (<c>&lt;Suite:DataDirectory&gt;/boards/files/{teamId}/{boardId}/{fileId}</c>) and how
/// large one may be (<c>Suite:Files:MaxFileSizeBytes</c>, Mattermost's one file size limit, 100 MB by
/// default). Uploads are written to a temporary file and renamed into place when complete.
/// </summary>
internal sealed class BoardFileStorage(IConfiguration configuration)
{
    public const long DefaultMaxFileSizeBytes = 100L * 1024 * 1024;

    private const int BufferSize = 81920;

    public string Root { get; } = Path.GetFullPath(Path.Combine(
        configuration["Suite:DataDirectory"] is { Length: > 0 } dir ? dir : ".suite", "boards", "files"));

    public long MaxFileSizeBytes { get; } =
        long.TryParse(configuration["Suite:Files:MaxFileSizeBytes"], NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0 ? max : DefaultMaxFileSizeBytes;

    /// <summary>Stores <paramref name="source"/> as the file; false (and nothing stored) when it is larger than the limit.</summary>
    public async Task<(bool WithinLimit, long Size)> SaveAsync(BoardFile file, Stream source, CancellationToken cancellationToken)
    {
        var target = PathOf(file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + ".part";
        long size = 0;
        try
        {
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > MaxFileSizeBytes)
                    {
                        return (false, size);
                    }

                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            File.Move(temp, target);
            return (true, size);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Stream OpenRead(BoardFile file) => new FileStream(PathOf(file), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous);

    /// <summary>Removes the bytes of every file of the team's boards.</summary>
    public void DeleteTeamFiles(string teamId)
    {
        var folder = Path.Combine(Root, teamId);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Every part is an id made by the server (team, board, file), so the path cannot leave the root.
    private string PathOf(BoardFile file) => Path.Combine(Root, file.TeamId, file.BoardId, file.Id);
}
