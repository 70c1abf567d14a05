namespace Suite.Boards.Imports;

/// <summary>
/// Boards' files on disk, laid out as Focalboard's file store lays them out: <c>{teamId}/{boardId}/{fileId}</c>
/// where the file id is the name image and attachment blocks keep in <c>fields.fileId</c>.
/// </summary>
internal sealed class BoardFiles(ImportSettings settings)
{
    /// <summary>The file's path, or null when the names could leave the board's folder.</summary>
    public string? PathOf(string teamId, string boardId, string fileId) =>
        IsSafeName(teamId) && IsSafeName(boardId) && IsSafeName(fileId) ? Path.Combine(settings.FilesRoot, teamId, boardId, fileId) : null;

    public string BoardDirectory(string teamId, string boardId) => Path.Combine(settings.FilesRoot, teamId, boardId);

    public Stream? OpenRead(string teamId, string boardId, string fileId) =>
        PathOf(teamId, boardId, fileId) is { } path && File.Exists(path) ? File.OpenRead(path) : null;

    /// <summary>A file name for a new copy of <paramref name="oldName"/>: Focalboard's <c>7</c> plus a new id, with the old extension.</summary>
    public static string NewFileId(string oldName)
    {
        var extension = Path.GetExtension(oldName);
        return "7" + Platform.Ids.New() + (IsSafeName(extension.TrimStart('.')) && extension.Length <= 16 ? extension.ToLowerInvariant() : "");
    }

    public static bool IsSafeName(string name) =>
        name.Length is > 0 and <= 128 && name != "." && name != ".." && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
