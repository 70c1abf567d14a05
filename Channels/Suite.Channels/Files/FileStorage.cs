namespace Suite.Channels.Files;

/// <summary>
/// The bytes of uploaded files on disk, under <see cref="FileSettings.Root"/>. An upload is written to
/// a temporary file in the same directory tree and renamed into place only when complete, so a
/// reader never sees part of a file and a failed upload leaves nothing behind. Stored paths are
/// made of ids and dates only; the user's file name never reaches the file system.
/// </summary>
internal sealed class FileStorage(FileSettings settings)
{
    private const int BufferSize = 81920;

    private string TempDirectory => Path.Combine(settings.Root, "tmp");

    /// <summary>A new empty temporary file, opened for writing.</summary>
    public FileStream CreateTemp()
    {
        Directory.CreateDirectory(TempDirectory);
        var path = Path.Combine(TempDirectory, Guid.NewGuid().ToString("N") + ".part");
        return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
    }

    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/>; false as soon as more than <paramref name="limit"/> bytes arrive.</summary>
    public static async Task<(bool WithinLimit, long Size)> CopyAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[BufferSize];
        long size = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
            if (size > limit)
            {
                return (false, size);
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        await target.FlushAsync(cancellationToken);
        return (true, size);
    }

    /// <summary>Moves a completed temporary file to its place; returns the full path.</summary>
    public string Commit(string tempPath, string relativePath)
    {
        var target = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(tempPath, target);
        return target;
    }

    /// <summary>The full path of a stored file; a relative path that would leave the root is refused.</summary>
    public string FullPath(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(settings.Root, relativePath));
        if (!full.StartsWith(settings.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A stored file path leaves the files directory.");
        }

        return full;
    }

    public static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary file holds no data anyone can reach.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
