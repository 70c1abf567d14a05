using Suite.Channels.Channels;
using Suite.Platform.Errors;

namespace Suite.Channels.Files;

/// <summary>A file the current user may read: only members of its channel may, and a deleted post takes its files with it.</summary>
internal sealed class FileReadAccess(FileStore store, FileStorage storage, ChannelAccess access)
{
    public async Task<FileRecord> ReadableAsync(string fileId, CancellationToken cancellationToken)
    {
        var (file, readable) = await store.FindAsync(fileId, access.UserId, cancellationToken);
        if (file is null)
        {
            throw FileErrors.NotFound();
        }

        return readable ? file : throw AppErrorException.Forbidden("Only members of the file's channel may read it.");
    }

    /// <summary>The file and the full path of its bytes.</summary>
    public async Task<(FileRecord File, string FullPath)> ContentAsync(string fileId, CancellationToken cancellationToken)
    {
        var file = await ReadableAsync(fileId, cancellationToken);
        var path = storage.FullPath(file.Path);
        return File.Exists(path) ? (file, path) : throw FileErrors.NotFound();
    }
}
