using System.IO.Compression;
using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Files;
using Suite.Boards.Imports;

namespace Suite.Boards.Archives;

/// <summary>
/// Imports a <c>.boardarchive</c> as Focalboard's <c>ImportArchive</c> does: version 2 (a ZIP: <c>version.json</c>,
/// then each <c>{boardId}/board.jsonl</c> and the board's files) or version 1 (bare JSONL). The ZIP is read
/// entry by entry from the uploaded file and each JSONL line by line, so memory does not grow with the archive.
/// </summary>
internal sealed class ArchiveImporter(ImportContext context, ImportSettings settings)
{
    private readonly ArchiveIds _ids = new();

    public async Task ImportLegacyAsync(ImportUpload upload, CancellationToken cancellationToken)
    {
        context.Summary.Format = "boardarchive-v1";
        context.Progress.SetTotal(upload.Length);
        await using var file = upload.OpenRead();
        var limited = new LimitedReadStream(file, ImportSettings.MaxBoardJsonlBytes, "the archive", context.Progress);
        await new BoardJsonlImporter(context, _ids).ImportAsync(limited, cancellationToken);
    }

    public async Task ImportZipAsync(ImportUpload upload, CancellationToken cancellationToken)
    {
        context.Summary.Format = "boardarchive";
        await using var file = upload.OpenRead();
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"the file is not a valid .boardarchive (zip): {ex.Message}");
        }

        using (zip)
        {
            var entries = zip.Entries.Where(e => e.FullName.Length > 0 && !e.FullName.EndsWith('/')).ToList();
            var declared = entries.Sum(e => e.Length);
            if (declared > settings.MaxUnpackedBytes)
            {
                throw new InvalidDataException($"the archive unpacks to more than {settings.MaxUnpackedBytes} bytes");
            }

            context.Progress.SetTotal(declared);
            await CheckVersionAsync(entries, cancellationToken);
            var boards = new Dictionary<string, (string TeamId, string BoardId)>(StringComparer.Ordinal);
            foreach (var entry in entries.Where(e => Name(e).File == ArchiveFormat.BoardFile))
            {
                await using var content = await OpenAsync(entry, ImportSettings.MaxBoardJsonlBytes, cancellationToken);
                var (_, board) = await new BoardJsonlImporter(context, _ids).ImportAsync(content, cancellationToken);
                boards[Name(entry).Directory] = (board.TeamId, board.Id);
            }

            foreach (var entry in entries.Where(e => Name(e).File is not (ArchiveFormat.BoardFile or ArchiveFormat.VersionFile)))
            {
                await ImportFileAsync(entry, boards, cancellationToken);
                await context.Progress.AdvanceAsync(0, cancellationToken);
            }
        }
    }

    private async Task ImportFileAsync(ZipArchiveEntry entry, Dictionary<string, (string TeamId, string BoardId)> boards, CancellationToken cancellationToken)
    {
        var (directory, name) = Name(entry);
        if (!boards.TryGetValue(directory, out var board))
        {
            context.Summary.Warnings.Add($"the file {entry.FullName} belongs to no board of the archive and was not imported");
            return;
        }

        if (_ids.KnownFile(name) is not { } fileId)
        {
            context.Summary.Warnings.Add($"the file {entry.FullName} is used by no block and was not imported");
            return;
        }

        await using var content = await OpenAsync(entry, settings.MaxImportBytes, cancellationToken);
        var size = await context.Transaction.WriteFileAsync(board.TeamId, board.BoardId, fileId, content, settings.MaxImportBytes, cancellationToken);

        // The files routes serve a board's file by its document, as for an upload.
        var extension = Path.GetExtension(fileId).TrimStart('.');
        await context.Transaction.InsertAsync(new BoardFile
        {
            Id = fileId,
            BoardId = board.BoardId,
            TeamId = board.TeamId,
            CreatorId = context.UserId,
            CreateAt = context.Now,
            UpdateAt = context.Now,
            Name = name,
            Extension = extension,
            Size = size,
            MimeType = MimeTypes.TryGetValue(extension, out var mime) ? mime : "application/octet-stream",
        }, cancellationToken);
        context.Summary.Imported.Files++;
    }

    private static readonly Dictionary<string, string> MimeTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["png"] = "image/png", ["jpg"] = "image/jpeg", ["jpeg"] = "image/jpeg", ["gif"] = "image/gif", ["webp"] = "image/webp",
        ["svg"] = "image/svg+xml", ["pdf"] = "application/pdf", ["txt"] = "text/plain",
    };

    private async Task CheckVersionAsync(List<ZipArchiveEntry> entries, CancellationToken cancellationToken)
    {
        var versionEntry = entries.FirstOrDefault(e => e.FullName == ArchiveFormat.VersionFile)
            ?? throw new InvalidDataException("the file is not a .boardarchive: version.json is missing");
        await using var content = await OpenAsync(versionEntry, 64 * 1024, cancellationToken);
        ArchiveHeader header;
        try
        {
            header = await JsonSerializer.DeserializeAsync<ArchiveHeader>(content, BoardsJson.Options, cancellationToken)
                ?? throw new InvalidDataException("cannot parse version.json: it is null");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"cannot parse version.json: {ex.Message}");
        }

        if (header.Version != ArchiveFormat.Version)
        {
            throw new InvalidDataException($"unsupported archive version; got {header.Version}, want {ArchiveFormat.Version}");
        }
    }

    private async Task<Stream> OpenAsync(ZipArchiveEntry entry, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            return new LimitedReadStream(await entry.OpenAsync(cancellationToken), maxBytes, entry.FullName, context.Progress);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"the archive entry {entry.FullName} cannot be read: {ex.Message}");
        }
    }

    private static (string Directory, string File) Name(ZipArchiveEntry entry)
    {
        var slash = entry.FullName.LastIndexOf('/');
        return slash < 0 ? ("", entry.FullName) : (entry.FullName[..slash].Trim('/'), entry.FullName[(slash + 1)..]);
    }
}

/// <summary>What an uploaded import is, told apart by its first bytes as Focalboard tells archive versions apart.</summary>
internal enum ImportFormat
{
    Zip,
    LegacyArchive,
    Json,
}

internal static class ImportFormats
{
    public static async Task<ImportFormat> DetectAsync(ImportUpload upload, CancellationToken cancellationToken)
    {
        var head = new byte[64];
        int read;
        await using (var file = upload.OpenRead())
        {
            read = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }

        var bytes = head.AsSpan(0, read);
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return ImportFormat.Zip;
        }

        if (bytes.StartsWith("{\"version\":1"u8))
        {
            return ImportFormat.LegacyArchive;
        }

        var text = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        if (start >= 0 && text[start] == (byte)'{')
        {
            return ImportFormat.Json;
        }

        throw new InvalidDataException(read == 0
            ? "the file is empty"
            : "the file is neither a .boardarchive (zip, or version 1 JSONL) nor a Trello JSON export");
    }
}
