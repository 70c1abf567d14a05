using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Cards;
using Suite.Boards.Imports;
using Suite.Boards.Members;
using Suite.Boards.Web.Model;
using Suite.Platform.Errors;
using Suite.Platform.Identity;

namespace Suite.Boards.Csv;

/// <summary>
/// A board's table as CSV: the export has a "Name" column and then the view's visible properties in the
/// view's order, one row per card the view shows (its filter applied, in its sort or else its manual order, as
/// Focalboard's web app exports the cards of the open view; card templates left out);
/// the import reads a header naming the title ("Name" or "Title") and properties by name, and makes a card of
/// each row whose values the properties can hold, reporting the others.
/// </summary>
internal sealed class BoardCsv(BoardStore store, IUserDirectory directory)
{
    private static readonly string[] TitleHeaders = ["Name", "Title"];

    // A value starting with =, +, - or @ is escaped so a spreadsheet never runs it as a formula.
    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with { MalformedData = CsvMalformedDataHandling.Throw };

    public async Task WriteAsync(Stream destination, Board board, Block view, CancellationToken cancellationToken)
    {
        var settings = ViewSettings.Of(view);
        var columns = settings.VisiblePropertyIds.Select(id => board.CardProperties.FirstOrDefault(p => p.Id == id)).OfType<CardPropertyTemplate>().ToList();
        var blocks = await store.BlocksAsync(board.Id, "", BlockTypes.Card, cancellationToken);
        var cards = CardQuery.Apply(new BoardData(board, blocks, BoardRoles.Viewer), settings);
        var userIds = cards.SelectMany(c => CsvValues.UserIds(board, c)).Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        var usernames = (await directory.FindByIdsAsync(userIds, cancellationToken)).ToDictionary(u => u.Id, u => u.Username, StringComparer.Ordinal);
        using var csv = CsvWriter.Create(destination, WriterOptions, leaveOpen: true);
        csv.WriteHeader([TitleHeaders[0], .. columns.Select(p => p.Name)]);
        foreach (var card in cards)
        {
            csv.WriteRecord([card.Title, .. columns.Select(p => CsvValues.Format(p, card, usernames))]);
        }

        csv.Flush();
    }

    public async Task ImportAsync(ImportContext context, Board board, ImportUpload upload, CancellationToken cancellationToken)
    {
        context.Summary.Format = "csv";
        context.Summary.Boards.Add(new ImportedBoard(board.Id, board.Title));
        context.TargetBoard = board;
        await using var file = upload.OpenRead();
        await using var csv = CsvReader.Create(file, ReaderOptions, leaveOpen: true);
        try
        {
            await csv.ReadHeaderAsync(cancellationToken);
            var columns = Columns(context, board, csv.Headers);
            var people = new CsvPeople(directory, context);
            var created = new List<Block>();
            while (await csv.ReadAsync(cancellationToken))
            {
                var row = (int)csv.RowNumber;
                var values = Enumerable.Range(0, columns.Count).Select(i => i < csv.FieldCount ? Unescape(csv.GetString(i)) : "").ToList();
                var card = await ReadRowAsync(context, board, columns, values, people, row, cancellationToken);
                if (card is not null)
                {
                    await context.Transaction.InsertAsync(card, cancellationToken);
                    context.Summary.Imported.Cards++;
                    created.Add(card);
                }

                await context.Progress.AdvanceAsync(1, cancellationToken);
            }

            context.Progress.Complete();
            context.CreatedBlocks.AddRange(created);
        }
        catch (CsvFormatException ex)
        {
            throw new InvalidDataException($"the CSV file cannot be read (record {ex.RecordNumber}): {ex.Message}");
        }
    }

    private static async Task<Block?> ReadRowAsync(ImportContext context, Board board, List<CardPropertyTemplate?> columns, List<string> values, CsvPeople people, int row, CancellationToken cancellationToken)
    {
        var title = "";
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            var text = values[i].Trim();
            var property = columns[i];
            if (property is null)
            {
                continue;
            }

            if (property.Id.Length == 0)
            {
                title = values[i];
                continue;
            }

            if (text.Length == 0)
            {
                continue;
            }

            var (value, problem) = await ValueAsync(property, text, people, cancellationToken);
            if (problem is not null)
            {
                context.Summary.SkippedRows.Add(new SkippedRow(row, $"{property.Name}: {problem}"));
                return null;
            }

            if (value is { } set)
            {
                properties[property.Id] = set;
            }
        }

        var card = new Card { Id = BoardIds.NewFor(BlockTypes.Card), BoardId = board.Id, Title = title, Properties = properties }.ToBlock();
        card.CreatedBy = context.UserId;
        card.ModifiedBy = context.UserId;
        card.CreateAt = context.Now;
        card.UpdateAt = context.Now;
        try
        {
            BlockRules.Validate(board, card);
        }
        catch (AppErrorException ex)
        {
            context.Summary.SkippedRows.Add(new SkippedRow(row, ex.Error.Message));
            return null;
        }

        return card;
    }

    private static async Task<(JsonElement? Value, string? Problem)> ValueAsync(CardPropertyTemplate property, string text, CsvPeople people, CancellationToken cancellationToken)
    {
        static (JsonElement?, string?) Ok(object value) => (BoardsJson.ToElement(value), null);
        static (JsonElement?, string?) Bad(string problem) => (null, problem);

        switch (property.Type)
        {
            case PropertyTypes.Number:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                    ? Ok(number.ToString(CultureInfo.InvariantCulture))
                    : Bad($"\"{text}\" is not a number");
            case PropertyTypes.Select:
                return Option(property, text) is { } option ? Ok(option) : Bad($"\"{text}\" is not one of its options");
            case PropertyTypes.MultiSelect:
                var labels = CsvValues.Split(text).ToList();
                var options = labels.Select(l => Option(property, l)).ToList();
                var unknown = labels.Where((_, i) => options[i] is null).ToList();
                return unknown.Count == 0 ? Ok(options) : Bad($"\"{string.Join(CsvValues.Separator, unknown)}\" is not one of its options");
            case PropertyTypes.Checkbox:
                return text.ToLowerInvariant() switch
                {
                    "true" or "yes" or "1" or "x" => Ok("true"),
                    "false" or "no" or "0" => (null, null),
                    _ => Bad($"\"{text}\" is not true or false"),
                };
            case PropertyTypes.Date:
                var parts = text.Split('/', 2, StringSplitOptions.TrimEntries);
                var from = CsvValues.ParseTime(parts[0]);
                var to = parts.Length > 1 ? CsvValues.ParseTime(parts[1]) : null;
                if (from is null || (parts.Length > 1 && to is null))
                {
                    return Bad($"\"{text}\" is not an ISO 8601 date or date range (from/to)");
                }

                return Ok(to is null ? JsonSerializer.Serialize(new { from }) : JsonSerializer.Serialize(new { from, to }));
            case PropertyTypes.Person:
                return await people.IdOfAsync(text, cancellationToken) is { } id ? Ok(id) : Bad($"no user of the team is called \"{text}\"");
            case PropertyTypes.MultiPerson:
                var ids = new List<string>();
                foreach (var name in CsvValues.Split(text))
                {
                    if (await people.IdOfAsync(name, cancellationToken) is not { } personId)
                    {
                        return Bad($"no user of the team is called \"{name}\"");
                    }

                    ids.Add(personId);
                }

                return Ok(ids);
            case PropertyTypes.File or PropertyTypes.Unknown:
                return Ok(text);
            default:
                return PropertyTypes.Computed.Contains(property.Type) ? (null, null) : Ok(text);
        }
    }

    private static string? Option(CardPropertyTemplate property, string label) =>
        property.Options.FirstOrDefault(o => string.Equals(o.Value, label, StringComparison.OrdinalIgnoreCase))?.Id
        ?? property.Options.FirstOrDefault(o => o.Id == label)?.Id;

    /// <summary>The property of each column; a template with an empty id stands for the title, null for a column that is ignored.</summary>
    private static List<CardPropertyTemplate?> Columns(ImportContext context, Board board, IReadOnlyList<string> headers)
    {
        var columns = new List<CardPropertyTemplate?>();
        var titleSeen = false;
        foreach (var header in headers.Select(h => h.Trim()))
        {
            if (!titleSeen && TitleHeaders.Contains(header, StringComparer.OrdinalIgnoreCase)
                && !board.CardProperties.Any(p => string.Equals(p.Name, header, StringComparison.OrdinalIgnoreCase)))
            {
                titleSeen = true;
                columns.Add(new CardPropertyTemplate { Id = "", Name = header });
                continue;
            }

            var property = board.CardProperties.FirstOrDefault(p => string.Equals(p.Name, header, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                context.Summary.Warnings.Add($"the column \"{header}\" matches no property of the board and was not imported");
            }
            else if (PropertyTypes.Computed.Contains(property.Type))
            {
                context.Summary.Warnings.Add($"the column \"{header}\" is computed by the server and was not imported");
                property = null;
            }

            columns.Add(property);
        }

        if (!titleSeen && columns.All(c => c is null))
        {
            throw new InvalidDataException("the CSV header names neither the card title (\"Name\") nor any property of the board");
        }

        return columns;
    }

    // The export escapes a value that a spreadsheet would run as a formula with a leading quote; reading it back takes the quote off.
    private static string Unescape(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;
}

/// <summary>Users of the board's team by username, looked up once each.</summary>
internal sealed class CsvPeople(IUserDirectory directory, ImportContext context)
{
    private readonly Dictionary<string, string?> _ids = new(StringComparer.OrdinalIgnoreCase);

    public async Task<string?> IdOfAsync(string username, CancellationToken cancellationToken)
    {
        var name = username.TrimStart('@');
        if (!_ids.TryGetValue(name, out var id))
        {
            var found = await directory.FindByUsernamesAsync([name], cancellationToken);
            var user = found.Count > 0 ? found[0] : null;
            id = user is { IsDeleted: false } && await context.IsTeamMemberAsync(user.Id, cancellationToken) ? user.Id : null;
            _ids[name] = id;
        }

        return id;
    }
}
