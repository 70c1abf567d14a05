using System.Text.Json;

namespace Suite.Boards.Archives;

/// <summary>
/// Focalboard's archive format (<c>server/model/import_export.go</c>): a ZIP with <c>version.json</c>
/// (<see cref="ArchiveHeader"/>) and, per board, <c>{boardId}/board.jsonl</c> whose lines are
/// <see cref="ArchiveLine"/>s (<c>board</c> first, then <c>block</c>s, then <c>boardMember</c>s) next to the
/// board's image and attachment files. Version 1 was a bare JSONL file starting with the header.
/// </summary>
internal static class ArchiveFormat
{
    public const int Version = 2;
    public const string VersionFile = "version.json";
    public const string BoardFile = "board.jsonl";
    public const string LegacyBegin = "{\"version\":1";
    public const string Extension = ".boardarchive";

    public const string BoardLine = "board";
    public const string BlockLine = "block";
    public const string MemberLine = "boardMember";
}

internal sealed record ArchiveHeader(int Version, long Date);

internal sealed record ArchiveLine(string Type, JsonElement Data);

/// <summary>Focalboard's <c>BoardMember</c> as an archive carries it.</summary>
internal sealed record ArchiveMember(
    string BoardId,
    string UserId,
    string Roles,
    string MinimumRole,
    bool SchemeAdmin,
    bool SchemeEditor,
    bool SchemeCommenter,
    bool SchemeViewer,
    bool Synthetic);
