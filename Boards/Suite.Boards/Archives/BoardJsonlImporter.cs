using System.Text;
using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Cards;
using Suite.Boards.Imports;
using Suite.Boards.Members;
using Suite.Platform.Errors;

namespace Suite.Boards.Archives;

/// <summary>
/// Imports one board's <c>board.jsonl</c> as Focalboard's <c>ImportBoardJSONL</c> does, line by line: the board
/// (or, in legacy archives, the board block it converts), its blocks with new ids, and the members who are in
/// the team (the importer becomes admin). Every block is checked as the API checks it; a card property value
/// the board cannot hold (an option or property since removed) is dropped and reported, anything else wrong
/// fails the import naming the line.
/// </summary>
internal sealed class BoardJsonlImporter(ImportContext context, ArchiveIds ids)
{
    private readonly HashSet<string> _inserted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _parents = new(StringComparer.Ordinal);
    private readonly List<ArchiveMember> _members = [];
    private readonly Dictionary<string, (int Count, string Reason)> _droppedValues = new(StringComparer.Ordinal);
    private Board? _board;
    private string _oldBoardId = "";

    /// <summary>The board the file held, with the id it had in the archive.</summary>
    public async Task<(string OldBoardId, Board Board)> ImportAsync(Stream jsonl, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(jsonl, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        var lineNumber = 0;
        var first = true;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            lineNumber++;
            var line = text.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            // A legacy archive starts with its header; the line after it is still the first (the board).
            if (first && line.StartsWith(ArchiveFormat.LegacyBegin, StringComparison.Ordinal))
            {
                continue;
            }

            var archiveLine = Parse<ArchiveLine>(line, lineNumber, "archive line");
            var type = first && archiveLine.Type == ArchiveFormat.BlockLine ? "board_block" : archiveLine.Type;
            first = false;
            switch (type)
            {
                case ArchiveFormat.BoardLine:
                    await StartBoardAsync(Parse<Board>(archiveLine.Data, lineNumber, "board"), lineNumber, cancellationToken);
                    break;
                case "board_block":
                    await StartBoardAsync(FromLegacyBoardBlock(Parse<Block>(archiveLine.Data, lineNumber, "board block"), lineNumber), lineNumber, cancellationToken);
                    break;
                case ArchiveFormat.BlockLine:
                    await ImportBlockAsync(Parse<Block>(archiveLine.Data, lineNumber, "block"), lineNumber, cancellationToken);
                    break;
                case ArchiveFormat.MemberLine:
                    _members.Add(Parse<ArchiveMember>(archiveLine.Data, lineNumber, "board member"));
                    break;
                default:
                    throw new InvalidDataException($"unsupported archive line type; got {archiveLine.Type}, line {lineNumber}");
            }
        }

        var board = _board ?? throw new InvalidDataException("missing board in archive: the first line of board.jsonl must be the board");
        var orphan = _parents.FirstOrDefault(p => !_inserted.Contains(p));
        if (orphan is not null)
        {
            throw new InvalidDataException($"the archive has blocks whose parent is not in it (board {_oldBoardId})");
        }

        await AddMembersAsync(board, cancellationToken);
        foreach (var (property, (count, reason)) in _droppedValues)
        {
            context.Summary.Warnings.Add($"{count} value(s) of property \"{property}\" on board \"{board.Title}\" were not imported: {reason}");
        }

        return (_oldBoardId, board);
    }

    private async Task StartBoardAsync(Board board, int lineNumber, CancellationToken cancellationToken)
    {
        if (_board is not null)
        {
            throw new InvalidDataException($"a board.jsonl holds one board; line {lineNumber} is a second one");
        }

        _oldBoardId = board.Id ?? "";
        board.Id = BoardIds.NewBoard();
        board.Properties ??= [];
        board.CardProperties ??= [];
        board.Title ??= "";
        board.Description ??= "";
        board.Icon ??= "";
        board.MinimumRole ??= "";
        board.Type = string.IsNullOrEmpty(board.Type) ? Board.Private : board.Type;
        if (!string.IsNullOrEmpty(board.ChannelId))
        {
            context.Summary.Warnings.Add($"board \"{board.Title}\" was linked to a channel of another installation; the link was not imported");
        }

        board.ChannelId = "";
        try
        {
            await context.CreateBoardAsync(board, cancellationToken);
        }
        catch (AppErrorException ex)
        {
            throw new InvalidDataException($"invalid board in archive line {lineNumber}: {ex.Error.Message}");
        }

        _board = board;
    }

    private async Task ImportBlockAsync(Block block, int lineNumber, CancellationToken cancellationToken)
    {
        var board = _board ?? throw new InvalidDataException($"archive line {lineNumber}: a block comes before its board");
        block.Fields ??= [];
        block.Title ??= "";
        block.ParentId ??= "";
        block.Type ??= "";
        if (string.IsNullOrEmpty(block.Id))
        {
            throw new InvalidDataException($"archive line {lineNumber}: a block without an id");
        }

        if (!BlockTypes.Storable.Contains(block.Type))
        {
            context.Summary.Warnings.Add($"archive line {lineNumber}: a block of type \"{block.Type}\" was not imported");
            return;
        }

        ids.Remap(block, board.Id, _oldBoardId);
        if (block.Type == BlockTypes.Card)
        {
            DropValuesTheBoardCannotHold(board, block);
        }

        try
        {
            BlockRules.Validate(board, block);
        }
        catch (AppErrorException ex)
        {
            throw new InvalidDataException($"invalid block in archive line {lineNumber}: {ex.Error.Message}");
        }

        block.CreatedBy = string.IsNullOrEmpty(block.CreatedBy) ? context.UserId : block.CreatedBy;
        block.ModifiedBy = context.UserId;
        block.CreateAt = block.CreateAt == 0 ? context.Now : block.CreateAt;
        block.UpdateAt = context.Now;
        block.Schema = block.Schema == 0 ? 1 : block.Schema;
        if (!_inserted.Add(block.Id))
        {
            throw new InvalidDataException($"archive line {lineNumber}: the block id is used twice");
        }

        if (block.ParentId != board.Id)
        {
            _parents.Add(block.ParentId);
        }

        await context.Transaction.InsertAsync(block, cancellationToken);
        Count(block);
        await context.Progress.AdvanceAsync(0, cancellationToken);
    }

    private void Count(Block block)
    {
        var counts = context.Summary.Imported;
        switch (block.Type)
        {
            case BlockTypes.Card:
                counts.Cards++;
                break;
            case BlockTypes.View:
                counts.Views++;
                break;
            case BlockTypes.Comment:
                counts.Comments++;
                break;
            case BlockTypes.Checkbox:
                counts.ChecklistItems++;
                break;
            default:
                counts.ContentBlocks++;
                break;
        }
    }

    private void DropValuesTheBoardCannotHold(Board board, Block card)
    {
        if (!card.Fields.TryGetValue("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var kept = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in properties.EnumerateObject())
        {
            try
            {
                CardPropertyValues.Validate(board, new Dictionary<string, JsonElement> { [property.Name] = property.Value });
                kept[property.Name] = property.Value;
            }
            catch (AppErrorException ex)
            {
                var name = board.CardProperties.FirstOrDefault(p => p.Id == property.Name)?.Name ?? property.Name;
                var (count, reason) = _droppedValues.GetValueOrDefault(name, (0, ex.Error.Message));
                _droppedValues[name] = (count + 1, reason);
            }
        }

        card.Fields["properties"] = BoardsJson.ToElement(kept);
    }

    private async Task AddMembersAsync(Board board, CancellationToken cancellationToken)
    {
        var added = new HashSet<string>(StringComparer.Ordinal) { context.UserId };
        var skipped = 0;
        foreach (var member in _members)
        {
            if (string.IsNullOrEmpty(member.UserId) || !added.Add(member.UserId))
            {
                continue;
            }

            if (!await context.IsTeamMemberAsync(member.UserId, cancellationToken))
            {
                skipped++;
                continue;
            }

            await context.Transaction.InsertAsync(new BoardMembership
            {
                Id = BoardMembership.IdOf(board.Id, member.UserId),
                BoardId = board.Id,
                UserId = member.UserId,
                SchemeAdmin = member.SchemeAdmin,
                SchemeEditor = member.SchemeEditor,
                SchemeCommenter = member.SchemeCommenter,
                SchemeViewer = member.SchemeViewer,
            }, cancellationToken);
            context.Summary.Imported.Members++;
        }

        if (skipped > 0)
        {
            context.Summary.Warnings.Add($"{skipped} member(s) of board \"{board.Title}\" are not members of this team and were not added");
        }
    }

    private static Board FromLegacyBoardBlock(Block block, int lineNumber)
    {
        if (block.Type != "board")
        {
            throw new InvalidDataException($"cannot convert archive line {lineNumber} to a board: block is not a board");
        }

        var fields = block.Fields ?? [];
        return new Board
        {
            Id = block.Id,
            CreatedBy = block.CreatedBy,
            Type = Board.Private,
            Title = block.Title ?? "",
            CreateAt = block.CreateAt,
            Icon = Field(fields, "icon", JsonValueKind.String, e => e.GetString()!, ""),
            Description = Field(fields, "description", JsonValueKind.String, e => e.GetString()!, ""),
            ShowDescription = Field(fields, "showDescription", JsonValueKind.True, _ => true, false),
            IsTemplate = Field(fields, "isTemplate", JsonValueKind.True, _ => true, false),
            TemplateVersion = Field(fields, "templateVer", JsonValueKind.Number, e => e.TryGetInt32(out var v) ? v : 0, 0),
            Properties = Field(fields, "properties", JsonValueKind.Object, e => e.Deserialize<Dictionary<string, JsonElement>>(BoardsJson.Options)!, []),
            CardProperties = Field(fields, "cardProperties", JsonValueKind.Array, e => e.Deserialize<List<CardPropertyTemplate>>(BoardsJson.Options)!, []),
        };
    }

    private static T Field<T>(Dictionary<string, JsonElement> fields, string name, JsonValueKind kind, Func<JsonElement, T> read, T fallback) =>
        fields.TryGetValue(name, out var value) && value.ValueKind == kind ? read(value) : fallback;

    private static T Parse<T>(string json, int lineNumber, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, BoardsJson.Options) ?? throw new InvalidDataException($"error parsing archive line {lineNumber}: {what} is null");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"error parsing archive line {lineNumber}: {ex.Message}");
        }
    }

    private static T Parse<T>(JsonElement json, int lineNumber, string what)
    {
        try
        {
            return json.ValueKind == JsonValueKind.Object
                ? json.Deserialize<T>(BoardsJson.Options)!
                : throw new InvalidDataException($"invalid {what} in archive line {lineNumber}: data must be an object");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"invalid {what} in archive line {lineNumber}: {ex.Message}");
        }
    }
}
