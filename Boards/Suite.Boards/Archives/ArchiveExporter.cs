using System.IO.Compression;
using System.Text.Json;
using Marten;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Imports;
using Suite.Boards.Members;

namespace Suite.Boards.Archives;

/// <summary>
/// Writes boards as Focalboard's <c>ExportArchive</c> does: <c>version.json</c>, then per board
/// <c>{boardId}/board.jsonl</c> (the board, its live blocks oldest first, its members) and the files of its
/// image and attachment blocks beside it. Blocks are read a page at a time, so memory does not grow with the board.
/// </summary>
internal sealed class ArchiveExporter(BoardStore store, BoardFiles files, TimeProvider time)
{
    private const int PageSize = 500;

    private static readonly byte[] Newline = "\n"u8.ToArray();

    public async Task WriteAsync(Stream destination, IReadOnlyList<Board> boards, CancellationToken cancellationToken)
    {
        await using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        await using (var version = await zip.CreateEntry(ArchiveFormat.VersionFile).OpenAsync(cancellationToken))
        {
            await JsonSerializer.SerializeAsync(version, new ArchiveHeader(ArchiveFormat.Version, time.GetUtcNow().ToUnixTimeMilliseconds()), BoardsJson.Options, cancellationToken);
        }

        foreach (var board in boards)
        {
            await WriteBoardAsync(zip, board, cancellationToken);
        }
    }

    private async Task WriteBoardAsync(ZipArchive zip, Board board, CancellationToken cancellationToken)
    {
        var fileIds = new List<string>();
        await using (var jsonl = await zip.CreateEntry($"{board.Id}/{ArchiveFormat.BoardFile}").OpenAsync(cancellationToken))
        {
            await WriteLineAsync(jsonl, ArchiveFormat.BoardLine, board, cancellationToken);
            await foreach (var block in BlocksAsync(board.Id, cancellationToken))
            {
                await WriteLineAsync(jsonl, ArchiveFormat.BlockLine, block, cancellationToken);
                if (block.Type is BlockTypes.Image or BlockTypes.Attachment && FileId(block) is { } fileId)
                {
                    fileIds.Add(fileId);
                }
            }

            foreach (var member in await store.MembersAsync(board.Id, cancellationToken))
            {
                var response = BoardAccess.Response(board, member);
                await WriteLineAsync(jsonl, ArchiveFormat.MemberLine, new ArchiveMember(
                    response.BoardId, response.UserId, response.Roles, response.MinimumRole, response.SchemeAdmin,
                    response.SchemeEditor, response.SchemeCommenter, response.SchemeViewer, response.Synthetic), cancellationToken);
            }
        }

        foreach (var fileId in fileIds.Distinct(StringComparer.Ordinal))
        {
            // Focalboard exports the board without a file that is missing from the store, and so do we.
            await using var content = files.OpenRead(board.TeamId, board.Id, fileId);
            if (content is null)
            {
                continue;
            }

            await using var entry = await zip.CreateEntry($"{board.Id}/{fileId}").OpenAsync(cancellationToken);
            await content.CopyToAsync(entry, cancellationToken);
        }
    }

    private async IAsyncEnumerable<Block> BlocksAsync(string boardId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        for (var page = 0; ; page++)
        {
            var blocks = await session.Query<Block>()
                .Where(b => b.BoardId == boardId && b.DeleteAt == 0)
                .OrderBy(b => b.CreateAt).ThenBy(b => b.Id)
                .Skip(page * PageSize).Take(PageSize)
                .ToListAsync(cancellationToken);
            foreach (var block in blocks)
            {
                yield return block;
            }

            if (blocks.Count < PageSize)
            {
                yield break;
            }
        }
    }

    private static string? FileId(Block block)
    {
        foreach (var field in (string[])["fileId", "attachmentId"])
        {
            if (block.Fields.TryGetValue(field, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0)
            {
                return value.GetString();
            }
        }

        return null;
    }

    private static async Task WriteLineAsync<T>(Stream jsonl, string type, T data, CancellationToken cancellationToken)
    {
        await JsonSerializer.SerializeAsync(jsonl, new ArchiveLine(type, BoardsJson.ToElement(data)), BoardsJson.Options, cancellationToken);
        await jsonl.WriteAsync(Newline, cancellationToken);
    }
}
