namespace Suite.Platform.Files;

/// <summary>
/// <see cref="IFileStore"/> on the local disk, under <c>&lt;Suite:DataDirectory&gt;/files</c> (where Channels keeps
/// uploads too). A write goes to a temporary file beside its target and is renamed into place.
/// </summary>
internal sealed class LocalFileStore(string root) : IFileStore
{
    public string Root { get; } = Path.GetFullPath(root);

    public async Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var target = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + "." + Guid.NewGuid().ToString("N") + ".part";
        try
        {
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await output.WriteAsync(content, cancellationToken);
            }

            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(FullPath(path), cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    public void Delete(string path)
    {
        // File.Delete ignores a missing file but throws for a missing directory.
        var full = FullPath(path);
        if (File.Exists(full))
        {
            File.Delete(full);
        }
    }

    private string FullPath(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, path));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("A stored file's path must stay inside the files directory.", nameof(path));
        }

        return full;
    }
}
