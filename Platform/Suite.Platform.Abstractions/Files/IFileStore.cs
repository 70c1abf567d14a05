namespace Suite.Platform.Files;

/// <summary>
/// The server's file storage, shared by every module: bytes under paths the server makes (ids only,
/// such as <c>emoji/{id}/image</c>, Mattermost's layout), never a name a user typed.
/// </summary>
public interface IFileStore
{
    /// <summary>Writes the whole file, replacing any file at the path; a reader never sees a part-written file.</summary>
    Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The file's bytes, or null when there is no file at the path.</summary>
    Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken);

    /// <summary>Removes the file if there is one.</summary>
    void Delete(string path);
}
